/// A fact the plan needed but was not given, and where to find it: the
/// vendor's ``FactUse`` of that fact, so the two cannot drift apart
/// (``CancellationPlan/missingFactUses``).
public typealias MissingFact = FactUse
