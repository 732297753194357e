#!/usr/bin/env bash
# Builds every libFuzzer harness under Fuzz/ and runs each briefly from its
# seed corpus: a smoke test that the harnesses build, are instrumented and
# find nothing quickly. Long runs are `Scripts/fuzz 600` (see HARDENING.md).
set -euo pipefail

# libFuzzer ships with the swift.org toolchain; on a machine whose
# toolchain lacks it, install the distribution's compiler-rt, which
# Scripts/fuzz also looks in.
toolchain="$(dirname "$(readlink -f "$(command -v swift)")")/.."
if ! ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-*.a >/dev/null 2>&1 &&
   ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-*.a >/dev/null 2>&1; then
    echo "libFuzzer runtime missing; installing compiler-rt"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libclang-rt-dev ||
        echo "could not install compiler-rt"
fi

Scripts/fuzz "${FUZZ_SMOKE_SECONDS:-20}"
