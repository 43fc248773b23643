/* Empty stub for compiling GCC libgcc2.c outside GCC build tree. */
