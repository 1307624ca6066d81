import Ccmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where cmark allocates while one document is converted: a few large blocks per thread, handed out
/// front to back and taken back all at once when the conversion ends.
///
/// cmark makes a few hundred small allocations per article (nodes, text buffers, the rendered HTML);
/// at 10,000 articles that was a quarter of all the build's allocations and a third of the parse
/// stage's time inside `malloc` and `free`. cmark's allocator takes no context, so each thread has
/// its own arena; `free` is a no-op, and `realloc` of the latest allocation (a growing buffer) grows it
/// in place.
final class CmarkArena {
    /// The allocator to hand cmark (`cmark_parser_new_with_mem`, `cmark_node_new_with_mem`); valid only
    /// inside `withArena`.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(
            calloc: { count, size in CmarkArena.withCurrent { $0.allocate(count * size, zeroed: true) } },
            realloc: { pointer, size in CmarkArena.withCurrent { $0.reallocate(pointer, to: size) } },
            free: { _ in }
        ))
        return memory
    }()

    /// Runs `body` with this thread's arena, then takes back everything cmark allocated in it (when
    /// `body` is not itself inside `withArena`). Nothing cmark allocated may be used after it returns.
    static func withArena<Result>(_ body: () -> Result) -> Result {
        let arena = current
        arena.depth += 1
        defer {
            arena.depth -= 1
            if arena.depth == 0 { arena.reset() }
        }
        return body()
    }

    /// Gives back a buffer cmark returned (the rendered HTML), which the arena owns unless cmark took it
    /// from its default allocator.
    static func release(_ pointer: UnsafeMutableRawPointer) {
        if !current.owns(pointer) { free(pointer) }
    }

    /// Room in front of each allocation for its size, keeping the 16-byte alignment malloc gives.
    private static let header = 16
    /// The size of a block; an allocation larger than a quarter of it gets a block of its own.
    private static let blockSize = 256 * 1024
    /// Blocks kept between conversions; more are freed (a rare huge article does not keep its memory).
    private static let keptBlocks = 2

    /// What the arena has handed out, behind a pointer: a class's stored properties are checked for
    /// exclusive access at every read and write (`swift_beginAccess`, a tenth of the arena's time, as
    /// cmark calls in for every node); a struct's, reached through a pointer, are not.
    private let state: UnsafeMutablePointer<State>
    private var depth: Int {
        get { state.pointee.depth }
        set { state.pointee.depth = newValue }
    }

    private init() {
        state = .allocate(capacity: 1)
        state.initialize(to: State())
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { arena in
            guard let arena else { return }
            Unmanaged<CmarkArena>.fromOpaque(arena).release()
        }
        return key
    }()

    /// Calls `body` with this thread's arena without retaining it (cmark calls in for every node).
    private static func withCurrent<Result>(_ body: (CmarkArena) -> Result) -> Result {
        guard let arena = pthread_getspecific(key) else { return body(current) }
        return Unmanaged<CmarkArena>.fromOpaque(arena)._withUnsafeGuaranteedRef(body)
    }

    /// This thread's arena, made on first use and freed with the thread.
    private static var current: CmarkArena {
        if let arena = pthread_getspecific(key) { return Unmanaged<CmarkArena>.fromOpaque(arena).takeUnretainedValue() }
        let arena = CmarkArena()
        pthread_setspecific(key, Unmanaged.passRetained(arena).toOpaque())
        return arena
    }

    deinit {
        for block in state.pointee.blocks { free(block.start) }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    private func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer {
        state.pointee.allocate(size, zeroed: zeroed)
    }

    private func reallocate(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
        state.pointee.reallocate(pointer, to: size)
    }

    private func owns(_ pointer: UnsafeMutableRawPointer) -> Bool {
        state.pointee.blocks.contains { pointer >= $0.start && pointer < $0.start + $0.size }
    }

    private func reset() {
        state.pointee.reset()
    }

    private struct State {
        var blocks: [(start: UnsafeMutableRawPointer, size: Int)] = []
        /// Index in `blocks` of the block being filled, and how much of it is used.
        var currentBlock = -1
        var used = 0
        /// The latest allocation, the only one `reallocate` can grow in place.
        var latest: UnsafeMutableRawPointer?
        var depth = 0

        mutating func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer {
            let header = CmarkArena.header
            let rounded = (size + 15) & ~15
            if currentBlock < 0 || used + header + rounded > blocks[currentBlock].size {
                nextBlock(fitting: header + rounded)
            }
            let start = blocks[currentBlock].start + used
            start.storeBytes(of: size, as: Int.self)
            used += header + rounded
            let pointer = start + header
            if zeroed { memset(pointer, 0, size) }
            latest = pointer
            return pointer
        }

        mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
            guard let pointer else { return allocate(size, zeroed: false) }
            let header = CmarkArena.header
            let oldSize = (pointer - header).load(as: Int.self)
            if pointer == latest {
                let end = pointer - blocks[currentBlock].start + ((size + 15) & ~15)
                if end <= blocks[currentBlock].size {
                    (pointer - header).storeBytes(of: size, as: Int.self)
                    used = end
                    return pointer
                }
            }
            let moved = allocate(size, zeroed: false)
            moved.copyMemory(from: pointer, byteCount: min(oldSize, size))
            return moved
        }

        /// Moves to the next kept block with room for `size` bytes, or allocates one.
        private mutating func nextBlock(fitting size: Int) {
            while currentBlock + 1 < blocks.count {
                currentBlock += 1
                used = 0
                if blocks[currentBlock].size >= size { return }
            }
            let blockSize = max(CmarkArena.blockSize, size)
            guard let start = malloc(blockSize) else { fatalError("out of memory") }
            blocks.append((start, blockSize))
            currentBlock = blocks.count - 1
            used = 0
        }

        /// Takes back every allocation; keeps the first blocks of the usual size for the next conversion.
        mutating func reset() {
            var kept = 0
            blocks.removeAll { block in
                if kept < CmarkArena.keptBlocks, block.size == CmarkArena.blockSize {
                    kept += 1
                    return false
                }
                free(block.start)
                return true
            }
            currentBlock = -1
            used = 0
            latest = nil
        }
    }
}
