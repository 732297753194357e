#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CancelCLI
import CancelVendors

let environment = SystemEnvironment.variables()
let output = CancelCTL(registry: BuiltInVendors.registry,
                       environment: environment,
                       today: SystemEnvironment.today(),
                       colour: SystemEnvironment.wantsColour(environment: environment))
    .run(Array(CommandLine.arguments.dropFirst()))
SystemEnvironment.emit(output)
exit(output.exitCode)
