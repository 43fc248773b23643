/* Stub for compiling GCC libgcc2.c outside GCC build tree (see mk/emu.mk). */
#include <stddef.h>
#include <limits.h>
