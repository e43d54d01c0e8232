#!/usr/bin/env bash
# The completion scripts of `scip completion` are read by the shells
# themselves: bash sources it and completes (subcommands, options, choices of
# --format, files after a subcommand); zsh and fish parse theirs without
# running it (zsh -n, fish --no-execute).
#   tests/completion.sh SCIP_BINARY
set -euo pipefail
scip=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$scip" completion bash >"$tmp/scip.bash"
"$scip" completion zsh >"$tmp/_scip"
"$scip" completion fish >"$tmp/scip.fish"
complete_words() {  # complete_words WORD... : what bash offers for the last word
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _scip; echo "${COMPREPLY[*]}"' _ "$tmp/scip.bash" "$@"
}
expect() {  # expect WANT WORD...
  local want=$1; shift
  local got; got=$(complete_words "$@")
  [ "$got" = "$want" ] || { echo "FAIL: completing '$*': expected '$want', got '$got'"; exit 1; }
}
expect "check" scip che
expect "progress" scip --lang zh pro
expect "sarif" scip check --format sa
expect "--fail-on" scip progress --fa
expect "zh en" scip check --lang ""
expect "plan indicators findings ledger rubric" scip schema ""
expect "" scip check plans/  # files: left to bash's default completion
bash -c 'source "$1"; complete -p scip' _ "$tmp/scip.bash" | grep -q -- '-F _scip' || { echo "FAIL: complete -p scip"; exit 1; }
if command -v zsh >/dev/null; then zsh -n "$tmp/_scip"; else echo "zsh not installed: its script not parsed"; fi
if command -v fish >/dev/null; then fish --no-execute "$tmp/scip.fish"; else echo "fish not installed: its script not parsed"; fi
echo "completion: bash completes, zsh and fish parse"
