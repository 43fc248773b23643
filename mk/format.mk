# mk/format.mk - one layout for the C (clang-format, .clang-format) and the
# TypeScript (prettier, .prettierrc.json) of the project.
#
#   make format         rewrite every file in place
#   make check-format   fail, naming the files, when any file differs (part of make test)

# C sources of the project; vendored GCC stubs for the emulator keep their upstream layout
FORMAT_C = $(shell git ls-files '*.c' '*.h' | grep -v -e '^emu/gcc-stub/' -e '^emu/lx106/xtensa-config.h')
FORMAT_TS = "ts/compiler/src/**/*.ts" "ts/lib/**/*.ts" "tests/runners/**/*.ts" "components/runtime/*.js"
CLANG_FORMAT ?= clang-format-14

.PHONY: format check-format
format:
	$(CLANG_FORMAT) -i $(FORMAT_C)
	node_modules/.bin/prettier --log-level warn --write $(FORMAT_TS)

check-format:
	@bad=0; for f in $(FORMAT_C); do \
	  $(CLANG_FORMAT) --dry-run --Werror $$f >/dev/null 2>&1 || { echo "not formatted: $$f (make format)"; bad=1; }; \
	done; \
	node_modules/.bin/prettier --log-level warn --check $(FORMAT_TS) || bad=1; \
	n=$$(echo $(FORMAT_C) | wc -w); \
	if [ $$bad -eq 0 ]; then echo "format: $$n C files and the TypeScript sources: 1 passed, 0 failed"; \
	else echo "format: 0 passed, 1 failed"; exit 1; fi
