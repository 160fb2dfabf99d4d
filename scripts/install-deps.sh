#!/bin/sh
# Installs the system packages kg builds and tests with, where they are missing: SQLite and libedit
# (required), Graphviz (tests check DOT output with `dot`). Not root: prints the command instead.
set -eu
missing=""
pkg-config --exists sqlite3 2>/dev/null || missing="$missing libsqlite3-dev"
pkg-config --exists libedit 2>/dev/null || missing="$missing libedit-dev"
command -v pkg-config >/dev/null 2>&1 || missing="$missing pkg-config"
command -v dot >/dev/null 2>&1 || missing="$missing graphviz"
[ -n "$missing" ] || exit 0
if [ "$(id -u)" = 0 ]; then
  echo "installing:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
else
  echo "kg needs these system packages:$missing" >&2
  echo "run: sudo apt-get install -y$missing" >&2
  exit 1
fi
