# quanyi: shell functions shared by scripts/serve, scripts/test and
# scripts/bench. Source it; it defines functions and changes nothing.

QUANYI_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian packages needed to build and run quanyi (scripts/serve: configure
# asks for Check too, which the unit tests link), and the further ones its
# tests need (scripts/test).
QUANYI_PACKAGES="build-essential autoconf automake pkg-config libfcgi-dev libctemplate-dev
 libsqlite3-dev libcmark-dev libsodium-dev libseccomp-dev check nginx curl ca-certificates sqlite3
 openssl libcrypt-dev"
QUANYI_TEST_PACKAGES="strace systemd libxml2-utils python3-icalendar zbar-tools librsvg2-bin
 chromium fonts-noto-cjk default-jre-headless
 clang libclang-rt-14-dev
 valgrind util-linux procps"
# Tools that may come from elsewhere than Debian (a developer's own Node.js):
# COMMAND=PACKAGE, the package installed only when the command is missing.
# Debian 12's nodejs package has no npm; npm is a package of its own.
QUANYI_TEST_COMMANDS="node=nodejs npm=npm"

quanyi_say() { printf 'quanyi: %s\n' "$*" >&2; }

# quanyi_install_deps [--test] [extra packages...]: install what is missing
# (as root), or print the exact apt-get line and fail, before anything is
# built. --test adds what the tests need.
quanyi_install_deps() {
    local missing=() p pkgs=$QUANYI_PACKAGES cmds="" c
    if [ "${1:-}" = --test ]; then
        shift
        pkgs="$pkgs $QUANYI_TEST_PACKAGES"
        cmds=$QUANYI_TEST_COMMANDS
    fi
    for p in $pkgs "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    for c in $cmds; do
        command -v "${c%%=*}" >/dev/null 2>&1 && continue
        p=${c#*=}
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ]; then
        quanyi_say "installing Debian packages: ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        quanyi_say "missing Debian packages: ${missing[*]}"
        quanyi_say "run this as root, then try again:"
        printf '  sudo apt-get install -y --no-install-recommends %s\n' "${missing[*]}" >&2
        return 1
    fi
}

# quanyi_npm_setup DIR: install the browser tests' npm packages
# (tests/browser/package-lock.json: playwright-core, axe-core, vnu-jar) into
# DIR/node_modules with `npm ci`, unless that lock file is already installed
# there. No browser is downloaded (Debian's chromium is used) and no install
# script runs; npm's cache makes a second install in another DIR quick.
quanyi_npm_setup() {
    local dir=$1 src=$QUANYI_TOP/tests/browser
    if [ -d "$dir/node_modules" ] && cmp -s "$src/package-lock.json" "$dir/.quanyi-npm-lock"; then
        return 0
    fi
    command -v npm >/dev/null || { quanyi_say "npm is missing: sudo apt-get install -y npm"; return 1; }
    mkdir -p "$dir" || return 1
    if ! [ "$dir" -ef "$src" ]; then
        cp "$src/package.json" "$src/package-lock.json" "$dir/" || return 1
        chmod u+w "$dir/package.json" "$dir/package-lock.json"
    fi
    quanyi_say "npm ci (browser tests) in $dir"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --ignore-scripts --prefer-offline \
        --no-audit --no-fund --loglevel=error >/dev/null || return 1
    cp "$src/package-lock.json" "$dir/.quanyi-npm-lock"
}

# quanyi_build DIR [configure args...]: an out-of-tree build in DIR,
# configured once (again when configure.ac changes), then made.
quanyi_build() {
    local dir=$1
    shift
    (
        cd "$QUANYI_TOP"
        if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
            quanyi_say "autoreconf"
            autoreconf -fi >/dev/null 2>&1 || autoreconf -fi
        fi
        mkdir -p "$dir"
        cd "$dir"
        if [ ! -f Makefile ] || [ "$QUANYI_TOP/configure" -nt Makefile ] ||
           [ "$(cat .quanyi-configure-args 2>/dev/null)" != "$*" ]; then
            quanyi_say "configure $*"
            "$QUANYI_TOP/configure" -q "$@"
            printf '%s' "$*" > .quanyi-configure-args
        fi
        make -s -j"$(nproc)" >/dev/null
    )
}

# quanyi_free_port: print a loopback TCP port nobody listens on.
quanyi_free_port() {
    local p i
    for i in $(seq 1 50); do
        p=$(( 20000 + RANDOM % 40000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    return 1
}

# quanyi_nginx_conf RUN PORT SOCKET [ROOT]: write RUN/nginx.conf for a
# private nginx serving ROOT/static/ (default: the source tree) and the
# program on SOCKET.
quanyi_nginx_conf() {
    local run=$1 port=$2 sock=$3 root=${4:-$QUANYI_TOP} user_line=""
    mkdir -p "$run/tmp"
    if [ "$(id -u)" -eq 0 ]; then
        # nginx started as root drops its workers to nobody: they must be able
        # to use the temp folders and the socket.
        user_line="user nobody nogroup;"
        chown nobody:nogroup "$run/tmp"
    fi
    sed -e "s|@RUN@|$run|g" -e "s|@PORT@|$port|g" -e "s|@SOCKET@|$sock|g" \
        -e "s|@ROOT@|$root|g" -e "s|@NGINX_DIR@|$QUANYI_TOP/nginx|g" \
        -e "s|@USER_LINE@|$user_line|g" \
        "$QUANYI_TOP/nginx/dev.conf.in" > "$run/nginx.conf"
}

# quanyi_nginx_bin: the nginx binary.
quanyi_nginx_bin() {
    command -v nginx 2>/dev/null || echo /usr/sbin/nginx
}

# quanyi_wait_for FILE [tries]: wait until FILE exists (a socket, a pid file).
quanyi_wait_for() {
    local i
    for i in $(seq 1 "${2:-100}"); do
        [ -e "$1" ] && return 0
        sleep 0.05
    done
    return 1
}
