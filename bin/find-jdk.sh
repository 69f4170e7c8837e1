# Sourced by bin/newsfacet and bin/test: sets JAVA_HOME to a JDK 21 or newer.
# Looks at $JAVA_HOME, the java on PATH, then the usual install folders, and
# takes the newest JDK found there. The machine's default java may be older.

nf_java_major() {  # prints the feature version of the java binary $1, or 0
  local v home
  # the JDK's release file says it without starting a JVM (each start costs a tenth of a second or more)
  home=$(dirname "$(dirname "$1")")
  if [ -r "$home/release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$home/release" | head -n1)
    if [ -n "$v" ]; then
      echo "$v"
      return
    fi
  fi
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
  case "$v" in
    1.*) echo 1 ;;
    ''|*[!0-9]*) echo 0 ;;
    *) echo "$v" ;;
  esac
}

nf_find_jdk() {
  local required=21 best="" best_major=0 candidate home major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/*jdk* /usr/local/*jdk* \
                   "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major=$(nf_java_major "$home/bin/java")
    if [ "$major" -ge "$required" ] && [ "$major" -gt "$best_major" ]; then
      best="$home"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "newsfacet needs a JDK $required or newer and found none (looked at JAVA_HOME, PATH and /usr/lib/jvm): install one, for example 'apt-get install openjdk-21-jdk' or Eclipse Temurin 21, then run this again." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
