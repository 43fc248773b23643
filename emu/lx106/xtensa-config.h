/* xtensa-config.h - configuration for assembling GCC's
 * libgcc/config/xtensa/lib1funcs.S (and the ieee754-*.S files it includes)
 * for the lx106 core.
 *
 * GCC's own include/xtensa-config.h in gcc-12-source describes the default
 * "fsf" core (big-endian, DIV32, zero-overhead loops), which is wrong for the
 * ESP8266.  picolibc-xtensa-lx106-elf ships the lx106 core description as
 * <machine/core-isa.h>; take the XCHAL_* values from there.  Options that it
 * does not mention (the FP/DFP coprocessor ops) are absent on lx106.
 */
#ifndef EMU_LX106_XTENSA_CONFIG_H
#define EMU_LX106_XTENSA_CONFIG_H

#include <machine/core-isa.h>

#ifndef XCHAL_HAVE_FP_DIV
#define XCHAL_HAVE_FP_DIV 0
#endif
#ifndef XCHAL_HAVE_FP_RECIP
#define XCHAL_HAVE_FP_RECIP 0
#endif
#ifndef XCHAL_HAVE_FP_SQRT
#define XCHAL_HAVE_FP_SQRT 0
#endif
#ifndef XCHAL_HAVE_FP_RSQRT
#define XCHAL_HAVE_FP_RSQRT 0
#endif
#ifndef XCHAL_HAVE_DFP_DIV
#define XCHAL_HAVE_DFP_DIV 0
#endif
#ifndef XCHAL_HAVE_DFP_RECIP
#define XCHAL_HAVE_DFP_RECIP 0
#endif
#ifndef XCHAL_HAVE_DFP_SQRT
#define XCHAL_HAVE_DFP_SQRT 0
#endif
#ifndef XCHAL_HAVE_DFP_RSQRT
#define XCHAL_HAVE_DFP_RSQRT 0
#endif

#endif
