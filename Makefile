# Practica: `make run` sets up, builds, loads the demo and serves; `make test` sets up, builds
# and runs every test. Both work on a fresh Debian 12 machine.
BUILD ?= build
DATABASE ?= var/practica.db
PORT ?= 8080
ADDRESS ?= 127.0.0.1
JOBS ?= $(shell nproc)

.PHONY: all deps build run demo test test-unit bench clean

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

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

test-unit: build
	cd $(BUILD) && ctest --output-on-failure -L unit

bench: deps
	cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DPRACTICA_BENCH=ON -DPRACTICA_TESTS=OFF
	cmake --build build-release -j$(JOBS)
	bench/run.sh build-release

clean:
	rm -rf $(BUILD) build-release
