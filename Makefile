# Practica: `make run` sets up, builds, loads the demo and serves; `make test` sets up, builds
# and runs every test. Both work on a fresh Debian 12 machine.
BUILD ?= build
DATABASE ?= var/practica.db
PORT ?= 8080
ADDRESS ?= 127.0.0.1
JOBS ?= $(shell nproc)

.PHONY: all deps build run demo test test-unit test-sanitize fuzz bench clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	@mkdir -p $(dir $(DATABASE))
	$(BUILD)/practica demo --database $(DATABASE)

run: demo
	$(BUILD)/practica serve --database $(DATABASE) --address $(ADDRESS) --port $(PORT)

# The fresh-machine check first: a package the build used that install-deps.sh does not
# install fails here, naming it, before any test runs.
test: build
	scripts/check-deps.sh $(BUILD)
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# Every test again, built with AddressSanitizer and UndefinedBehaviorSanitizer, but for two kinds
# whose time goes to something other than Practica's memory: the rig tests (labelled rig), which
# spend theirs starting, copying and failing over PostgreSQL clusters, and the query-plan test,
# which reads EXPLAIN output at district scale. Both run in make test. Without them the sanitizer
# pass is about 7 minutes shorter, which keeps .ci/run well inside its 90 minutes.
SANITIZE_SKIP = -LE rig -E 'QueryPlans\.'
SANITIZE_BUILD ?= build-sanitize
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizer/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
test-sanitize: deps
	cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
	  -DPRACTICA_SANITIZE=ON
	$(SANITIZE_ENV) cmake --build $(SANITIZE_BUILD) -j$(JOBS)
	scripts/check-deps.sh $(SANITIZE_BUILD)
	cd $(SANITIZE_BUILD) && $(SANITIZE_ENV) ctest --output-on-failure -j$(JOBS) $(SANITIZE_SKIP)

# libFuzzer (Debian's clang) on what parses untrusted bytes, FUZZ_SECONDS each, from the
# corpora in fuzz/corpus/. A crash is saved under build-fuzz/ and fails the run.
FUZZ_SECONDS ?= 60
fuzz: deps
	cmake -S fuzz -B build-fuzz -DCMAKE_CXX_COMPILER=clang++-16
	cmake --build build-fuzz -j$(JOBS)
	scripts/check-deps.sh build-fuzz
	fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

test-unit: build
	cd $(BUILD) && ctest --output-on-failure -L unit

bench: deps
	cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DPRACTICA_BENCH=ON -DPRACTICA_TESTS=OFF
	cmake --build build-release -j$(JOBS)
	bench/run.sh build-release

clean:
	rm -rf $(BUILD) build-release $(SANITIZE_BUILD) build-fuzz
