# relgraph: build, demo, test.
#   make demo   installs what is missing, builds in release mode, renders Examples/ into Output/
#   make test   installs what is missing, runs the test suite
#   make bench  times extraction and rendering (see scripts/bench.sh)
#   make memcheck  renders every Graphviz format repeatedly under valgrind (see scripts/memcheck.sh)

SWIFT   ?= swift
RELEASE := .build/release/relgraph
SUDO    := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
EXAMPLES := $(wildcard Examples/*.txt)

.PHONY: all deps build demo test bench memcheck fuzz clean

all: build

# Graphviz's C libraries and headers come from Debian's libgraphviz-dev.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libgvc; then \
		echo "Installing Graphviz development files (libgraphviz-dev, pkg-config)..."; \
		$(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y libgraphviz-dev pkg-config; \
	fi

# The Swift runtime is linked statically, so the binary works when copied alone.
build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product relgraph

demo: build
	@mkdir -p Output
	@for article in $(EXAMPLES); do \
		name=$$(basename "$$article" .txt); \
		for format in svg png dot json html graphml gexf; do \
			$(RELEASE) "$$article" -o "Output/$$name.$$format" || exit 1; \
		done; \
		echo "rendered Output/$$name.{svg,png,dot,json,html,graphml,gexf}"; \
	done

test: deps
	$(SWIFT) test

bench: build
	@scripts/bench.sh

# Every gvc/cgraph object freed exactly once: no definite leak, no invalid access, under valgrind.
#   make memcheck MEMCHECK_REPEAT=100
memcheck: deps
	$(SWIFT) build --product relgraph
	@scripts/memcheck.sh

clean:
	rm -rf .build

# Coverage-guided fuzzing of the extractor and writers with libFuzzer and AddressSanitizer.
#   make fuzz FUZZ_SECONDS=600
FUZZ_SECONDS ?= 60
FUZZ_BIN     := .build/fuzz/relgraph-fuzz
FUZZ_SOURCES := $(shell find Sources/RelGraph -name '*.swift') Fuzz/FuzzExtractor.swift

$(FUZZ_BIN): $(FUZZ_SOURCES) Sources/CGraphviz/module.modulemap Sources/CGraphviz/shim.h
	@mkdir -p .build/fuzz
	swiftc -O -swift-version 6 -sanitize=fuzzer,address -parse-as-library -module-name RelGraph \
		-Xcc -fmodule-map-file=Sources/CGraphviz/module.modulemap -I Sources/CGraphviz \
		$$(pkg-config --cflags-only-I libgvc | sed 's/-I/-Xcc -I/g') $$(pkg-config --libs libgvc) \
		$(FUZZ_SOURCES) -o $(FUZZ_BIN)

fuzz: deps $(FUZZ_BIN)
	@mkdir -p .build/fuzz/corpus Fuzz/crashes
	@cp -n Examples/*.txt Fuzz/regressions/* .build/fuzz/corpus/ 2>/dev/null || true
	$(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix=Fuzz/crashes/ .build/fuzz/corpus
