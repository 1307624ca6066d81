/// What a finished publish did.
public struct PublishReport: Sendable, Equatable {
    /// The plan that was carried out.
    public var plan: PublishPlan
    /// How many connections (batches) the upload took, the final manifest included.
    public var batches: Int

    /// Creates a report.
    public init(plan: PublishPlan, batches: Int) {
        self.plan = plan
        self.batches = batches
    }
}
