#!/usr/bin/env bash
# Builds every libFuzzer harness under Fuzz/ and runs each briefly from its
# seed corpus: a smoke test that the harnesses build, are instrumented and
# find nothing quickly. Long runs are `Scripts/fuzz 600` (see HARDENING.md).
set -euo pipefail

# The fuzzer runtime ships with the swift.org toolchain; on a machine whose
# toolchain lacks it, try the distribution's compiler-rt.
resource_dir="$(dirname "$(command -v swift)")/../lib/clang"
if ! ls "$resource_dir"/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 &&
   ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "libFuzzer runtime missing; installing compiler-rt"
    apt-get update -qq && apt-get install -y -qq libclang-rt-dev || echo "could not install compiler-rt"
fi

Scripts/fuzz "${FUZZ_SMOKE_SECONDS:-20}"
