# Sourced by bin/local-platform and .ci/run: exports a JAVA_HOME of a JDK >= 21. The default
# java may be older (17 on these machines); then the newest suitable JDK in /usr/lib/jvm wins.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java" 2>/dev/null || echo 0)" -lt 21 ]; then
  JAVA_HOME=""
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    if [ -x "$jdk/bin/javac" ] && [ "$(java_major "$jdk/bin/java")" -ge 21 ]; then JAVA_HOME="${jdk%/}"; break; fi
  done
  [ -n "$JAVA_HOME" ] || { echo "No JDK >= 21 found in /usr/lib/jvm; set JAVA_HOME to one" >&2; exit 1; }
fi
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
