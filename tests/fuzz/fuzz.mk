# fuzz.mk: build the libFuzzer targets with clang, apart from the
# automake build (which uses gcc and is not touched). run.sh calls it:
#
#   make -f tests/fuzz/fuzz.mk TOP=<source tree> OUT=<build folder>
#
# The src/ files the targets need are compiled with
# -fsanitize=fuzzer-no-link (coverage for libFuzzer) plus ASan and UBSan
# into one archive; each target is linked against it with
# -fsanitize=fuzzer, so only the objects it uses are pulled in.

TOP = ../..
OUT = fuzz-out
CC = clang
CXX = clang++
PKG_CONFIG = pkg-config
FUZZ_OPT = -g -O1
SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
# Warnings are errors in the harness; src/ is held to that by the gcc
# build, and a clang-only warning there must not stop the fuzzing.
WARN = -Wall -Wextra -Wformat=2 -Wshadow -Wpointer-arith -Wwrite-strings \
	-Wno-unused-parameter
# Every library the program links (configure.ac): an object pulled in
# through another may need any of them.
PKGS = sqlite3 libcmark libsodium fcgi libctemplate \
	$(shell $(PKG_CONFIG) --exists libseccomp && echo libseccomp)
CPPFLAGS_ALL = -I$(TOP)/src -I$(TOP)/tests/fuzz \
	-D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(shell $(PKG_CONFIG) --cflags $(PKGS))
HARNESS_CFLAGS = -std=c11 $(FUZZ_OPT) $(SAN) $(WARN) -Werror
CFLAGS_ALL = -std=c11 $(FUZZ_OPT) $(SAN) $(WARN) -fsanitize=fuzzer-no-link
CXXFLAGS_ALL = -std=c++11 $(FUZZ_OPT) $(SAN) $(WARN) -fsanitize=fuzzer-no-link
LIBS = $(shell $(PKG_CONFIG) --libs $(PKGS)) -lcrypt -lm

# All of src/ but the two programs' main files goes into the archive; the
# linker takes from it only what a target reaches (for most, a handful of
# files), so a new dependency between src/ files needs no change here.
SRC_C = $(filter-out main quanyictl,$(basename $(notdir $(wildcard $(TOP)/src/*.c))))
SRC_CXX = $(basename $(notdir $(wildcard $(TOP)/src/*.cc)))
TARGETS = fuzz_request fuzz_field fuzz_cookie fuzz_privacy fuzz_search \
	fuzz_content fuzz_markdown

LIB = $(OUT)/obj/libquanyi-fuzz.a
SRC_OBJS = $(SRC_C:%=$(OUT)/obj/src/%.o) $(SRC_CXX:%=$(OUT)/obj/src/%.o)
UTIL_OBJ = $(OUT)/obj/fuzz/fuzz_util.o

all: $(TARGETS:%=$(OUT)/bin/%)

$(OUT)/obj/src/%.o: $(TOP)/src/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -MMD -MP -c $< -o $@

$(OUT)/obj/src/%.o: $(TOP)/src/%.cc
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS_ALL) $(CXXFLAGS_ALL) -MMD -MP -c $< -o $@

# The harness is not instrumented for coverage: its reference checks
# would only slow the run down and mislead the fuzzer.
$(OUT)/obj/fuzz/%.o: $(TOP)/tests/fuzz/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(HARNESS_CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(SRC_OBJS)
	@rm -f $@
	ar cr $@ $(SRC_OBJS)

# Linked by the C++ driver: the template bridge (tpl.cc) may be pulled in.
$(OUT)/bin/%: $(OUT)/obj/fuzz/%.o $(UTIL_OBJ) $(LIB)
	@mkdir -p $(@D)
	$(CXX) $(SAN) -fsanitize=fuzzer $^ $(LIBS) -o $@

.SECONDARY:
.PHONY: all

-include $(wildcard $(OUT)/obj/*/*.d)
