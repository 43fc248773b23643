# mk/math.mk - the Math functions against node, bit for bit, over millions of inputs.
#
#   make test-math-fidelity [MATH_FIDELITY_N=2000000]
#
# node writes inputs and its own answers (tests/runners/math_fidelity.ts);
# tests/math/fidelity.c, linked with the runtime's core under UBSan, computes
# the same calls and counts the results that differ (and the C library's).

_math_saved_goal := $(.DEFAULT_GOAL)
include $(dir $(lastword $(MAKEFILE_LIST)))runtime.inc

MATH_BUILD := $(RT_TOP)/build/math
MATH_FIDELITY_N ?= 2000000

$(MATH_BUILD)/fidelity: $(RT_TOP)/tests/math/fidelity.c $(RT_core_SRCS) $(RT_HDRS) $(RT_MANIFEST_MK)
	@mkdir -p $(@D)
	$(CC) $(RT_CFLAGS) $(RT_core_CPPFLAGS) -O2 -g -fsanitize=undefined -fno-sanitize-recover=undefined \
	    -o $@ $< $(RT_core_SRCS) -lm

.PHONY: test-math-fidelity
test-math-fidelity: build $(MATH_BUILD)/fidelity
	node $(RT_TOP)/dist/tests/tests/runners/math_fidelity.js $(MATH_BUILD)/inputs $(MATH_FIDELITY_N)
	$(MATH_BUILD)/fidelity $(MATH_BUILD)/inputs

.DEFAULT_GOAL := $(_math_saved_goal)
