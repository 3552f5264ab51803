#!/usr/bin/env bash
# Clinic Companion developer entry point. Installs what it needs, then runs the verb.
#   ./dev.sh demo         open the app on the demo clinic
#   ./dev.sh test         install test dependencies and run the whole test suite
#   ./dev.sh screenshots  render the main screens to docs/screenshots/
#   ./dev.sh bench        run the benchmarks (slow: builds a 1,000,000-patient database)
#   ./dev.sh installer    build the one-folder installer into dist/, self-test it, archive it
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
# ... and for the installer: PyInstaller reads and strips libraries with binutils
BUILD_PACKAGES=(binutils)
INSTALLER_MAX_BYTES=90000000  # the compressed build must stay at or under 90 MB

installer() {
  local started=$SECONDS version folder archive bytes log=build/pyinstaller.log
  version=$("$PY" -c 'import clinic_app; print(clinic_app.__version__)')
  folder="clinic-companion-$version"
  archive="dist/$folder-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m).tar.gz"
  "$PY" scripts/build_translations.py
  mkdir -p build
  echo "Building $folder with PyInstaller (about a minute; log in $log) ..."
  if ! "$VENV/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath build \
       build_installer.spec >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "PyInstaller failed (the end of its log is above; all of it in $log)." >&2
    exit 1
  fi
  echo "Built dist/$folder in $((SECONDS - started)) s. Self-test of the built app:"
  if ! QT_QPA_PLATFORM=offscreen "dist/$folder/clinic-app" --self-test; then
    echo "The built app failed its self-test (above): dist/$folder is not fit to ship." >&2
    exit 1
  fi
  # On Linux the window program and the command line are the same file: store it once.
  if cmp -s "dist/$folder/clinic-app" "dist/$folder/clinic-companion"; then
    ln -f "dist/$folder/clinic-app" "dist/$folder/clinic-companion"
  fi
  rm -f "$archive"
  tar -C dist -cf - "$folder" | gzip >"$archive"
  bytes=$(wc -c <"$archive")
  echo "Installer archive: $archive, $((bytes / 1000000)) MB ($bytes bytes; limit" \
       "$((INSTALLER_MAX_BYTES / 1000000)) MB), uncompressed $(du -sh "dist/$folder" | cut -f1);" \
       "built, tested and packed in $((SECONDS - started)) s."
  if [ "$bytes" -gt "$INSTALLER_MAX_BYTES" ]; then
    echo "The installer is too big: see 'du -sh dist/$folder/_internal/* | sort -h'." >&2
    exit 1
  fi
}

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
    system_deps "${TEST_PACKAGES[@]}" "${BUILD_PACKAGES[@]}"; python_deps "[test,build]"
    "$PY" -m ruff check clinic_app tests bench scripts
    # The whole suite (no arguments: what CI runs) also builds the installer and runs the
    # built app's self-test, on the second core while the tests run (~90 s of its own).
    # CLINIC_SKIP_INSTALLER=1 leaves it out.
    build_pid=""
    if [ $# -eq 0 ] && [ "${CLINIC_SKIP_INSTALLER:-}" != 1 ]; then
      mkdir -p build
      ( installer ) >build/installer.log 2>&1 &
      build_pid=$!
    fi
    status=0
    # PostgreSQL is installed above: the sync hub's tests must run, not skip
    CLINIC_HUB_REQUIRE_PG=1 "$PY" -m pytest "$@" || status=$?
    if [ -n "$build_pid" ]; then
      if wait "$build_pid"; then
        tail -n 12 build/installer.log
      else
        cat build/installer.log >&2
        echo "The installer build or its self-test failed (above)." >&2
        status=1
      fi
    fi
    exit "$status" ;;
  screenshots)
    system_deps; python_deps "[test]"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec "$PY" scripts/screenshots.py "$@" ;;
  bench)
    system_deps; python_deps "[test]"
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} exec "$PY" bench/search.py "$@" ;;
  installer)
    system_deps "${BUILD_PACKAGES[@]}"; python_deps "[build]"
    installer ;;
  *)
    echo "usage: ./dev.sh demo|test|screenshots|bench|installer" >&2; exit 2 ;;
esac
