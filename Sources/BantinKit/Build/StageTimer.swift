/// Times consecutive stages.
struct StageTimer {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    private(set) var timings: [StageTiming] = []

    init() {
        start = clock.now
    }

    /// Records the time since the previous stage ended as `stage`.
    mutating func finish(_ stage: String) {
        let end = clock.now
        timings.append(StageTiming(stage: stage, duration: end - start))
        start = end
    }
}
