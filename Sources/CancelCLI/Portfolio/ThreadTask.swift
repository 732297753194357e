#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// One closure run on its own POSIX thread, joined by ``wait()``: lets the
/// portfolio plan one batch of rows while the calling thread reads the next
/// and writes the last (plain pthreads, so `plan` pays no Dispatch or
/// Foundation start-up). Where threads are unavailable, or creating one
/// fails, the closure runs inline in ``wait()``.
final class ThreadTask<Result>: @unchecked Sendable {
    private let body: @Sendable () -> Result
    private var result: Result?
    #if canImport(Glibc) || canImport(Musl)
    private var thread = pthread_t()
    private var started = false
    #endif

    init(_ body: @escaping @Sendable () -> Result) {
        self.body = body
        start()
    }

    private func start() {
        #if canImport(Glibc) || canImport(Musl)
        let job = ThreadJob { [self] in result = body() }
        let context = Unmanaged.passRetained(job).toOpaque()
        started = pthread_create(&thread, nil, runThreadJob, context) == 0
        if !started { Unmanaged<ThreadJob>.fromOpaque(context).release() }
        #endif
    }

    /// The closure's result, once its thread has finished (the join orders
    /// the thread's writes before this read).
    func wait() -> Result {
        #if canImport(Glibc) || canImport(Musl)
        if started {
            _ = pthread_join(thread, nil)
            started = false
        }
        #endif
        if let result { return result }
        let computed = body()
        result = computed
        return computed
    }
}

/// The work a started thread runs, passed to it as an opaque pointer.
private final class ThreadJob: @unchecked Sendable {
    let run: () -> Void

    init(_ run: @escaping () -> Void) {
        self.run = run
    }
}

#if canImport(Glibc) || canImport(Musl)
/// The thread's entry point: takes back the retained job and runs it.
private func runThreadJob(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { return nil }
    Unmanaged<ThreadJob>.fromOpaque(context).takeRetainedValue().run()
    return nil
}
#endif
