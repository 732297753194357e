#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCLI
import CancelVendors

// A standard stream closed by the caller (`>&-`) would be handed to the next
// file opened (an `--output` file would then receive stdout). Hold its
// number with /dev/null opened the wrong way round, so writes to it still
// fail with EBADF and are reported.
for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
    _ = open("/dev/null", descriptor == 0 ? O_WRONLY : O_RDONLY)
}

let environment = SystemEnvironment.variables()
let status = CancelCTL(registry: BuiltInVendors.registry,
                       environment: environment,
                       clock: { SystemEnvironment.today() },
                       colour: SystemEnvironment.wantsColour(environment: environment))
    .runStreaming(Array(CommandLine.arguments.dropFirst()),
                  stdout: FileDescriptorSink(descriptor: 1), stderr: FileDescriptorSink(descriptor: 2))
exit(status)
