# Bulletin Desk (简报编辑台). The two commands a new user needs:
#   make run    build and open the desktop app on the default archive
#   make test   run every test
# Both install the Debian/Ubuntu packages they need when missing.

GO      ?= go
BINARY  ?= bulletindesk
OUT     ?= out
BENCHDB ?= $(OUT)/bench.db
FUZZTIME ?= 30s

# cgo build of Fyne on X11, and a Chinese font for the window when the
# system has none.
PKGS_BUILD = gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
             libxinerama-dev libxi-dev libxxf86vm-dev
PKGS_FONT  = fonts-wqy-microhei
# Independent readers used by tests: openpyxl for workbooks, LibreOffice and
# poppler for Word documents and PDFs, tidy for the portal HTML, Chinese
# fonts (single-file TTF) for rendering and for the PDF 电子版 (AR PL 宋/楷),
# and Noto CJK for the names' characters beyond them (𬌗, CJK Extension B+).
PKGS_TEST  = python3 python3-openpyxl libreoffice-writer-nogui libreoffice-calc-nogui \
             poppler-utils fonts-droid-fallback fonts-arphic-gbsn00lp fonts-arphic-gkai00mp \
             fonts-noto-cjk tidy
# Looking at the real window.
PKGS_SHOT  = xvfb x11-apps imagemagick xdotool
# Rendering Word output the way it prints (Noto CJK stands in for 仿宋/小标宋).
PKGS_RENDER = libreoffice-writer-nogui poppler-utils fonts-noto-cjk
# The anchors `make bench` measures us against: rg beside grep over a dump
# of the texts, openpyxl for the workbook.
PKGS_BENCH = ripgrep python3 python3-openpyxl

# Packages for Windows (mingw-w64, NSIS) and arm64 (cross compiler, the arm64
# X11/GL headers through multiarch, qemu-user to run what was built).
PKGS_DIST = gcc-mingw-w64-x86-64 gcc-aarch64-linux-gnu libc6-dev-arm64-cross nsis zip unzip \
            p7zip-full imagemagick qemu-user-static desktop-file-utils dpkg-dev xz-utils
PKGS_DIST_ARM64 = libgl1-mesa-dev:arm64 libx11-dev:arm64 libxcursor-dev:arm64 libxrandr-dev:arm64 \
            libxinerama-dev:arm64 libxi-dev:arm64 libxxf86vm-dev:arm64
DIST ?= dist

.PHONY: run build test cross bench vet lint fuzz screenshots render package dist deps-build deps-test clean

run: build
	./$(BINARY)

build: deps-build
	$(GO) build -o $(BINARY) .

deps-build:
	@scripts/ensure-packages.sh $(PKGS_BUILD)
	@fc-list :lang=zh 2>/dev/null | grep -q . || scripts/ensure-packages.sh $(PKGS_FONT)

deps-test: deps-build
	@scripts/ensure-packages.sh $(PKGS_TEST)

# Every test on SQLite files, then the archive contract suite (editor and
# cli) once more on a throw-away PostgreSQL cluster the script starts and
# removes (Debian's postgresql, installed when missing).
test: deps-test cross
	$(GO) build ./...
	$(GO) vet ./...
	$(GO) test -timeout 30m ./...
	scripts/with-postgres.sh sh -c '$(GO) test -timeout 20m ./editor/... ./cli/... && $(GO) test -run Office ./app'

# A quick check that Windows (amd64) and 信创 Linux (arm64) still build:
# every package type-checked for both with Fyne's cgo-free driver (tag ci),
# and the command line built. `make dist` builds the real packages.
cross:
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) vet -tags ci ./...
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) vet -tags ci ./...
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build -o /dev/null ./cmd/bulletindesk-cli
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -o /dev/null ./cmd/bulletindesk-cli

# Every package into $(DIST)/, each tried here (scripts/dist-check.sh): the
# .debs for amd64 and arm64, the Windows installer and zip, the Linux tarball.
# Slow (Fyne's C code for three targets); CI does not run it.
dist: deps-build
	@scripts/ensure-packages.sh $(PKGS_DIST) $(PKGS_DIST_ARM64)
	scripts/dist.sh $(DIST)

# Benchmarks on a generated ten-year demo archive (made once in $(BENCHDB)).
# Each search, workbook and filter benchmark prints its anchors' times
# (like-ms, grep-ms, rg-ms, openpyxl-ms) and our ratio to them (x-…), and
# the CPU times beside them (cpu-ms, rg-cpu-ms…, x-rg-cpu…): on a shared
# machine the clock times follow the load, the CPU times much less.
# BenchmarkArchiveSize prints the file against its texts (file-MB, text-MB,
# x-text).
bench: build
	@scripts/ensure-packages.sh $(PKGS_BENCH)
	@test -f $(BENCHDB) || { mkdir -p $(OUT) && ./$(BINARY) demo --db $(BENCHDB) --years 10; }
	BULLETINDESK_BENCH_DB=$(abspath $(BENCHDB)) $(GO) test -run '^$$' -bench . -benchmem ./editor ./export/... ./cli ./app
	@echo "--- the office archive: a throw-away PostgreSQL server, the ten-year demo generated into it"
	scripts/with-postgres.sh sh -c 'BULLETINDESK_BENCH_DB="$$BULLETINDESK_TEST_PG" $(GO) test -timeout 60m -run "^$$" \
		-bench "OpenArchive|IssuesOfAYear|Search(TwoCharacters|OneCharacter|Phrase)$$|LoadIssue|Statistics(OneYear|TenYears)$$|SaveItem" \
		-benchmem ./editor && BULLETINDESK_BENCH_DB="$$BULLETINDESK_TEST_PG" BULLETINDESK_BENCH_FILE=$(abspath $(BENCHDB)) \
		$(GO) test -timeout 30m -run "^$$" -bench "^BenchmarkOfficeBesideFile$$" -benchtime 1x -v ./editor \
		&& BULLETINDESK_LOAD_FULL=1 $(GO) test -count 1 -timeout 10m -run "^TestOfficeLoad$$" -v ./editor'

lint: vet
	@command -v staticcheck >/dev/null || $(GO) install honnef.co/go/tools/cmd/staticcheck@latest
	staticcheck ./...

vet:
	gofmt -l . | (! grep .)
	$(GO) vet ./...

# A short run of each fuzz target (the seeds run in every `make test`). A
# new input is minimised in at most 100 runs: the XML and text readers find
# new coverage every few seconds, and the default minute of minimising each
# left them barely fuzzing (10 runs in 3 minutes).
fuzz:
	@for t in FuzzReadIssue FuzzRoundTrip FuzzReadWrapped FuzzReadTextSubmission FuzzTextSubmissionKeepsAll FuzzReadDocx FuzzDocxDocumentXML; do \
		$(GO) test ./export/intake -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 100x -parallel 1 || exit 1; done
	$(GO) test ./export/workbook -run '^$$' -fuzz '^FuzzDetailRowAsExcelize$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x -parallel 1
	$(GO) test ./editor -run '^$$' -fuzz '^FuzzSearchFindsSubstrings$$' -fuzztime $(FUZZTIME)
	$(GO) test ./editor -run '^$$' -fuzz '^FuzzFitSubmission$$' -fuzztime $(FUZZTIME)
	$(GO) test ./editor -run '^$$' -fuzz '^FuzzUnpackText$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 100x -parallel 1

# PNGs of the main screens, from the real window under Xvfb, into docs/.
screenshots: build
	@scripts/ensure-packages.sh $(PKGS_SHOT)
	scripts/screenshots.sh ./$(BINARY) docs

# The example issue as Word, rendered to PDF and PNG pages in $(OUT)/render.
render: build
	@scripts/ensure-packages.sh $(PKGS_RENDER)
	@mkdir -p $(OUT)/render
	rm -f $(OUT)/render/render.db*
	./$(BINARY) import-issue --db $(OUT)/render/render.db resources/example/issue.txt > $(OUT)/render/id
	./$(BINARY) export --db $(OUT)/render/render.db --issue $$(cat $(OUT)/render/id) --format docx -o $(OUT)/render/issue.docx
	scripts/render-docx.sh $(OUT)/render/issue.docx $(OUT)/render

# A desktop package for this system (fyne tool from the Go module proxy).
package: deps-build
	@command -v fyne >/dev/null || $(GO) install fyne.io/tools/cmd/fyne@v1.7.4
	fyne package -os linux -release

clean:
	rm -rf $(BINARY) $(OUT) $(DIST) *.tar.xz
