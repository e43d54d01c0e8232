#!/usr/bin/env bash
# The pre-commit hook of .pre-commit-hooks.yaml, run by Debian's pre-commit in
# a throwaway plan repository: it passes on the shipped plans, fails with
# scip's diagnostic when a plan breaks a rule, and, with only the child plan
# changed, still sees its parent (the context) without reporting the parent.
#   tests/pre_commit.sh SCIP_BINARY SOURCE_DIR
set -euo pipefail
scip=$(readlink -f "$1")
src=$(readlink -f "$2")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home PRE_COMMIT_HOME=$tmp/pre-commit-cache
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.org GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.org
mkdir -p "$HOME" "$tmp/bin"
ln -s "$scip" "$tmp/bin/scip"
export PATH=$tmp/bin:$PATH

# The hook repository: scip's hook definition, committed.
mkdir "$tmp/hooks"
cp "$src/.pre-commit-hooks.yaml" "$tmp/hooks/"
git -C "$tmp/hooks" init -q
git -C "$tmp/hooks" add .
git -C "$tmp/hooks" commit -qm hooks
rev=$(git -C "$tmp/hooks" rev-parse HEAD)

# A plan repository: the shipped plans, a hidden YAML that is not a plan.
repo=$tmp/repo
mkdir "$repo"
cp -r "$src/plans" "$repo/plans"
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: scip-check\n' "$tmp/hooks" "$rev" >"$repo/.pre-commit-config.yaml"
git -C "$repo" init -q
git -C "$repo" add .
git -C "$repo" commit -qm plans
cd "$repo"

pre-commit run --all-files >"$tmp/good.log" 2>&1 || { cat "$tmp/good.log"; echo "FAIL: the hook fails on the shipped plans"; exit 1; }
grep -q 'scip check.*Passed' "$tmp/good.log" || { cat "$tmp/good.log"; echo "FAIL: the hook did not run"; exit 1; }

# A lead that is not declared: the hook fails and prints scip's diagnostic.
plan=plans/ningxia/zhongwei-2021-2025.yaml
sed -i '0,/lead: \[/s//lead: [nosuch-dept, /' "$plan"
if pre-commit run --files "$plan" >"$tmp/bad.log" 2>&1; then cat "$tmp/bad.log"; echo "FAIL: the hook passed a broken plan"; exit 1; fi
grep -q "$plan:[0-9]*:[0-9]*: error\[unknown-department\]" "$tmp/bad.log" \
  || { cat "$tmp/bad.log"; echo "FAIL: no unknown-department diagnostic"; exit 1; }
# Only the file passed is reported, with the others read as context.
grep -q '^1 file checked' "$tmp/bad.log" || { cat "$tmp/bad.log"; echo "FAIL: files other than the changed one reported"; exit 1; }
echo "pre-commit hook: passes the shipped plans, fails a broken one with its diagnostic"
