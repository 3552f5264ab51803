#!/usr/bin/env bash
# Clinic Companion developer entry point. Installs what it needs, then runs the verb.
#   ./dev.sh demo         open the app on the demo clinic
#   ./dev.sh test         install test dependencies and run the whole test suite
#   ./dev.sh screenshots  render the main screens to docs/screenshots/
#   ./dev.sh bench        run the benchmarks (slow: builds a 1,000,000-patient database)
set -euo pipefail
cd "$(dirname "$0")"

VENV=${VENV:-.venv}
PY="$VENV/bin/python"

# Debian packages Qt needs to draw offscreen or on a screen, and python3-venv.
SYSTEM_PACKAGES=(libglib2.0-0 libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libdbus-1-3
  fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-xinerama0
  libxcb-xfixes0 libxrender1 libxi6 libsm6 libice6 libnss3 poppler-utils)
# ... and for the tests: the sync hub's tests run a real PostgreSQL
TEST_PACKAGES=(postgresql)

system_deps() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: the README lists them
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then missing+=(python3-venv); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing system packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

python_deps() {
  local extra=$1 stamp="$VENV/.installed-$1"
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "Installing Python packages into $VENV (first run only) ..."
    local log="$VENV/pip-install.log"
    if ! { "$PY" -m pip install -q --disable-pip-version-check --upgrade pip &&
           "$PY" -m pip install -q --disable-pip-version-check -e ".${extra}"; } >"$log" 2>&1
    then
      cat "$log" >&2
      echo "Installing the Python packages failed (messages above, also in $log)." >&2
      exit 1
    fi
    touch "$stamp"
  fi
}

verb=${1:-demo}
shift || true
case "$verb" in
  demo)
    system_deps; python_deps ""
    exec "$VENV/bin/clinic-app" --demo "$@" ;;
  test)
    system_deps "${TEST_PACKAGES[@]}"; python_deps "[test]"
    "$PY" -m ruff check clinic_app tests bench scripts
    # PostgreSQL is installed above: the sync hub's tests must run, not skip
    CLINIC_HUB_REQUIRE_PG=1 exec "$PY" -m pytest "$@" ;;
  screenshots)
    system_deps; python_deps "[test]"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec "$PY" scripts/screenshots.py "$@" ;;
  bench)
    system_deps; python_deps "[test]"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec "$PY" bench/search.py "$@" ;;
  *)
    echo "usage: ./dev.sh demo|test|screenshots|bench" >&2; exit 2 ;;
esac
