# Sourced by ./cutroom and .ci/run: exports JAVA_HOME pointing at a JDK 25 or newer.
# Order: an existing JAVA_HOME that is new enough, then the JDKs under /usr/lib/jvm (newest first).

java_feature_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1
}

select_jdk25() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    candidate="${candidate%/}"
    [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(java_feature_version "$candidate")
    if [ -n "$version" ] && [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "Cutroom needs a JDK 25 or newer (Temurin 25 is the tested one)." >&2
  echo "None was found in JAVA_HOME or under /usr/lib/jvm. Install one and set JAVA_HOME to it." >&2
  return 1
}
