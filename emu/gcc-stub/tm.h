/* Stub for compiling GCC libgcc2.c outside GCC build tree: 32-bit words. */
#define UNITS_PER_WORD 4
#define MIN_UNITS_PER_WORD 4
#define BITS_PER_UNIT 8
