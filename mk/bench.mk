# mk/bench.mk - the language benchmark (bench/lang/) and the exceptions
# micro-benchmark (bench/exc/), not part of the tests.
#
# Included by the top-level Makefile (include mk/*.mk), or used on its own:
#   make -f mk/bench.mk bench-lang
#   make -f mk/bench.mk bench-lang RUNS=3 BENCH_PROGS="fib sort"
# Leaves the default goal alone.

_bench_saved_goal := $(.DEFAULT_GOAL)

BENCH_ROOT := $(patsubst %/,%,$(dir $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))))
RUNS ?= 5
BENCH_PROGS ?=

.PHONY: bench-lang bench-exc
bench-lang:
	RUNS=$(RUNS) $(BENCH_ROOT)/bench/lang/run.sh $(BENCH_PROGS)

# the cost of try frames and roots on the path that does not throw
bench-exc:
	$(BENCH_ROOT)/bench/exc/run.sh

.DEFAULT_GOAL := $(_bench_saved_goal)
