/// A vendor's cancellation policy: how its rules turn account facts into a
/// plan.
///
/// Implementation requirements (the conformance suite in
/// `CancelCoreTesting` checks each of them for every registered vendor):
/// - `init()` is trivial; all knowledge is static or computed from facts.
/// - `description` declares the vendor's id (lower-case, unique), its
///   products (the first is the default), every ``Fact`` it reads with
///   where to find it, its sources, its rules, and example scenarios whose
///   expected outcomes the suite checks exactly.
/// - `plan(for:)` is a pure function of its facts: no clock (use
///   `facts.today`), no files, no network, no randomness, no globals. The
///   same facts give the same plan.
/// - It never guesses a fact silently: a fact it needs and did not get is
///   listed in `missingFacts`, and where a source is unclear it takes the
///   safer reading and says so in a ``Warning``.
/// - It reads only the facts it declares; the others must not change the plan.
/// - Every step, rule, warning and charge cites one of its sources.
/// - It never traps on any combination of facts ``FactParser`` accepts.
public protocol VendorPolicy: Sendable {
    associatedtype Plan: CancellationPlan

    /// The vendor's static metadata, rules and examples.
    static var description: VendorDescription { get }

    init()

    /// The plan for one account.
    func plan(for facts: AccountFacts) -> Plan

    /// What a portfolio triage reads of the plan for `facts`. Never written
    /// by a vendor: the default builds the plan and reads its ``PlanOutline``
    /// in the vendor's own module, where both are specialized for the plan
    /// type, so nothing is copied through the protocol on the way.
    static func outline(for facts: AccountFacts) -> PlanOutline
}

extension VendorPolicy {
    @inlinable
    public static func outline(for facts: AccountFacts) -> PlanOutline {
        Self().plan(for: facts).outline
    }
}
