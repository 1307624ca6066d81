/// Times the stages one after the other, for `--verbose`.
struct StageTimer {
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant
    /// Each finished stage's time, in order.
    private(set) var timings: [StageTiming] = []

    /// Starts timing the first stage now.
    init() {
        start = clock.now
    }

    /// Records the time since the previous stage ended as `stage`'s.
    mutating func finish(_ stage: String) {
        let end = clock.now
        timings.append(StageTiming(stage: stage, duration: end - start))
        start = end
    }
}
