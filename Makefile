# relgraph: build, demo, test.
#   make demo   installs what is missing, builds in release mode, renders Examples/ into Output/
#   make install  builds, then copies relgraph and its shell completions under $(PREFIX) (default /usr/local)
#   make test   installs what is missing, runs the test suite
#   make bench  times extraction and rendering (see scripts/bench.sh)
#   make memcheck  renders every Graphviz format repeatedly under valgrind (see scripts/memcheck.sh)
#   make models      trains the syntax models from the Universal Dependencies treebanks in $(UD)
#   make parse-eval  scores the linked syntax models on the treebanks' measure-only test files
#   make foundation-tables  writes the tables compiled in from this toolchain's Foundation (CLDR names, Latin folds)
#   make font-metrics  writes the DejaVu Sans metrics that SVG labels are measured with (Sources/CGraphvizText)

SWIFT   ?= swift
RELEASE := .build/release/relgraph
SUDO    := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
EXAMPLES := $(wildcard Examples/*.txt)
UD       ?= ../shared/ud
MODELS   := Sources/CSyntaxModels/models
MODEL_TOOL := .build/release/relgraph-models

.PHONY: all deps build demo test bench memcheck fuzz clean models parse-eval foundation-tables font-metrics install uninstall

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

# The binary on the PATH and the completions where bash, zsh and fish look for them.
#   make install PREFIX=$HOME/.local    (DESTDIR= stages the files for a package)
PREFIX  ?= /usr/local
BINDIR  := $(DESTDIR)$(PREFIX)/bin
SHARE   := $(DESTDIR)$(PREFIX)/share
INSTALLED := $(BINDIR)/relgraph $(SHARE)/bash-completion/completions/relgraph \
	$(SHARE)/zsh/site-functions/_relgraph $(SHARE)/fish/vendor_completions.d/relgraph.fish

install: build
	install -d $(BINDIR) $(SHARE)/bash-completion/completions $(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	install -m 755 $(RELEASE) $(BINDIR)/relgraph
	install -m 644 completions/relgraph.bash $(SHARE)/bash-completion/completions/relgraph
	install -m 644 completions/_relgraph $(SHARE)/zsh/site-functions/_relgraph
	install -m 644 completions/relgraph.fish $(SHARE)/fish/vendor_completions.d/relgraph.fish
	@echo "installed $(BINDIR)/relgraph"

uninstall:
	rm -f $(INSTALLED)

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

# Trains each language's tagger, parser and labeller (fixed seed: the same treebanks give the same bytes),
# then touches the assembly that links them so the next build picks them up.
models: deps
	$(SWIFT) build -c release --product relgraph-models
	@for language in fr en es; do \
		$(MODEL_TOOL) train $$language --treebanks $(UD) -o $(MODELS)/$$language.rgsm || exit 1; \
	done
	@touch Sources/CSyntaxModels/models.S

# UPOS, UAS and LAS of the models linked into relgraph, with gold tokens, per measure-only file.
parse-eval: deps
	$(SWIFT) build -c release --product relgraph-models
	@for language in fr en es; do $(MODEL_TOOL) evaluate $$language --treebanks $(UD) || exit 1; done

# What Foundation would otherwise compute at every start, written into the sources: the country names of
# CountryCodes.table as its CLDR data gives them, and the folded form of each Latin letter. The tests
# (CLDRCountryNamesTests, TextFoldingTests) fail when these no longer match this toolchain's Foundation.
CLDR_NAMES  := Sources/RelGraph/Knowledge/CLDRCountryNames.swift
LATIN_FOLDS := Sources/RelGraph/Text/LatinFoldTable.swift
foundation-tables:
	@mkdir -p .build
	$(SWIFT) scripts/cldr_names.swift Sources/RelGraph/Knowledge/CountryCodes.swift > .build/cldr-names.swift
	mv .build/cldr-names.swift $(CLDR_NAMES)
	$(SWIFT) scripts/latin_folds.swift > .build/latin-folds.swift
	mv .build/latin-folds.swift $(LATIN_FOLDS)

# Coverage-guided fuzzing of the extractor and writers with libFuzzer and AddressSanitizer.
#   make fuzz FUZZ_SECONDS=600
FUZZ_SECONDS ?= 60
FUZZ_BIN     := .build/fuzz/relgraph-fuzz
FUZZ_SOURCES := $(shell find Sources/RelGraph -name '*.swift') Fuzz/FuzzExtractor.swift

FUZZ_MODELS  := .build/fuzz/models.o .build/fuzz/syntax_models.o .build/fuzz/text_layout.o

.build/fuzz/models.o: Sources/CSyntaxModels/models.S $(wildcard $(MODELS)/*.rgsm)
	@mkdir -p .build/fuzz
	clang -c $< -I Sources/CSyntaxModels/include -o $@

.build/fuzz/syntax_models.o: Sources/CSyntaxModels/syntax_models.c Sources/CSyntaxModels/include/CSyntaxModels.h
	@mkdir -p .build/fuzz
	clang -c -O2 $< -I Sources/CSyntaxModels/include -o $@

.build/fuzz/text_layout.o: Sources/CGraphvizText/text_layout.c Sources/CGraphvizText/font_metrics.h Sources/CGraphvizText/include/CGraphvizText.h
	@mkdir -p .build/fuzz
	clang -c -O2 $< -I Sources/CGraphvizText/include $$(pkg-config --cflags-only-I libgvc) -o $@

$(FUZZ_BIN): $(FUZZ_SOURCES) $(FUZZ_MODELS) Sources/CGraphviz/module.modulemap Sources/CGraphviz/shim.h
	@mkdir -p .build/fuzz
	swiftc -O -swift-version 6 -sanitize=fuzzer,address -parse-as-library -module-name RelGraph \
		-Xcc -fmodule-map-file=Sources/CGraphviz/module.modulemap -I Sources/CGraphviz \
		-Xcc -fmodule-map-file=Sources/CSyntaxModels/include/module.modulemap -I Sources/CSyntaxModels/include \
		-Xcc -fmodule-map-file=Sources/CGraphvizText/include/module.modulemap -I Sources/CGraphvizText/include \
		$$(pkg-config --cflags-only-I libgvc | sed 's/-I/-Xcc -I/g') $$(pkg-config --libs libgvc) \
		$(FUZZ_SOURCES) $(FUZZ_MODELS) -o $(FUZZ_BIN)

fuzz: deps $(FUZZ_BIN)
	@mkdir -p .build/fuzz/corpus Fuzz/crashes
	@cp -n Examples/*.txt Fuzz/regressions/* .build/fuzz/corpus/ 2>/dev/null || true
	$(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix=Fuzz/crashes/ .build/fuzz/corpus

# The advance widths and kerning of DejaVu Sans, read from the installed font with fontTools (Debian's
# fonts-dejavu-core, PyPI's fonttools).
FONT ?= /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
font-metrics:
	@[ -f $(FONT) ] || { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-dejavu-core; }
	@python3 -c "import fontTools" 2>/dev/null || python3 -m pip install -q fonttools
	@mkdir -p .build
	python3 scripts/font_metrics.py $(FONT) > .build/font_metrics.h
	mv .build/font_metrics.h Sources/CGraphvizText/font_metrics.h
