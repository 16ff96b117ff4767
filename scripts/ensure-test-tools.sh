#!/usr/bin/env bash
# Makes sure the tests have the real consumers and browsers they need: Debian's Chromium and Firefox ESR, CJK fonts to
# render Chinese, Java for the Nu HTML Checker (vnu-jar), poppler-utils to read the PDFs, and biber and
# pandoc to read the exports.
# Installs them with apt when missing and we are root (a fresh machine or CI); otherwise says what to do.
set -euo pipefail

need=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || need+=(chromium)
# Firefox ESR, driven by puppeteer-core over WebDriver BiDi, where it sets text differently (tests/e2e/typography.test.ts).
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || need+=(firefox-esr)
# grep reads all of fc-list's output (no -q): an early exit would fail the pipe under pipefail.
fc-list 2>/dev/null | grep -i "Noto.*CJK" >/dev/null || need+=(fonts-noto-cjk)
# vnu-jar's own installer would download a Java; we turn it off (allowScripts) and use the system's.
[ -x "${JAVA_HOME:+$JAVA_HOME/bin/}java" ] || command -v java >/dev/null || need+=(default-jre-headless)
# pdftotext, pdffonts and pdfinfo read the PDFs in the PDF tests.
command -v pdftotext >/dev/null || need+=(poppler-utils)
# biber --validate-datamodel and pandoc -f biblatex/csljson read the paper's exports (tests/lib/scholarly).
command -v biber >/dev/null || need+=(biber)
command -v pandoc >/dev/null || need+=(pandoc)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing ${need[*]} for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
else
  echo "The browser tests need: ${need[*]}." >&2
  echo "Install them (Debian/Ubuntu: sudo apt-get install ${need[*]}), or set CHROMIUM_PATH to a Chromium binary and FIREFOX_PATH to a Firefox one." >&2
  exit 1
fi
