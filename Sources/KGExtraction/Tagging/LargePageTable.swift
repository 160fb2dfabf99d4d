#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A fixed-size, zero-filled table of plain values, on 2 MB pages where the system allows them.
///
/// The parser's weight table is tens of megabytes read at random, a hundred reads per step. On
/// 4 KB pages nearly every read also misses the address-translation cache; a table on 2 MB pages
/// needs a few dozen translations in all. Linux gives them to memory mapped with
/// `madvise(MADV_HUGEPAGE)` when transparent huge pages are set to `madvise` or `always`;
/// elsewhere the advice is ignored and the table is ordinary memory. A fresh mapping is zeroed by
/// the system, so a table costs one pass over its memory, not two. Filled once by `init`,
/// read-only after, so it can be shared.
///
/// ```swift
/// let table = LargePageTable<UInt32>(count: 1 << 20) { $0[7] = 42 }
/// table.buffer[7]  // 42
/// ```
final class LargePageTable<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The first of `count` elements; written only inside `init`.
    let base: UnsafeMutablePointer<Element>
    let count: Int
    /// What to give back in `deinit`: a mapping (`mappedBytes` > 0) or a heap block.
    private let allocation: UnsafeMutableRawPointer
    private let mappedBytes: Int

    /// Below this size a table is not worth a 2 MB page of its own.
    private static var largePageThreshold: Int { 1 << 20 }
    private static var largePageSize: Int { 2 << 20 }

    /// A table of `count` zero bytes' elements, then given to `fill` (once) to write.
    init(count: Int, fill: (UnsafeMutableBufferPointer<Element>) -> Void = { _ in }) {
        let count = max(0, count)
        let wanted = max(1, count) * MemoryLayout<Element>.stride
        var start: UnsafeMutableRawPointer?
        var mapped = 0
        #if os(Linux)
            if wanted >= Self.largePageThreshold {
                // one large page more than needed, so that the table can start on a page boundary
                let bytes = (wanted + Self.largePageSize - 1) / Self.largePageSize * Self.largePageSize + Self.largePageSize
                let mapping = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
                if let mapping, mapping != MAP_FAILED {
                    mapped = bytes
                    start = mapping
                }
            }
        #endif
        if let mapping = start {
            let aligned = (Int(bitPattern: mapping) + Self.largePageSize - 1) / Self.largePageSize * Self.largePageSize
            let table = UnsafeMutableRawPointer(bitPattern: aligned) ?? mapping
            #if os(Linux)
                // advice only: where it is refused, the table stays on ordinary pages
                _ = madvise(table, mapped - (aligned - Int(bitPattern: mapping)), Int32(MADV_HUGEPAGE))
            #endif
            allocation = mapping
            base = table.bindMemory(to: Element.self, capacity: max(1, count))
        } else {
            let block = UnsafeMutableRawPointer.allocate(byteCount: wanted, alignment: max(64, MemoryLayout<Element>.alignment))
            block.initializeMemory(as: UInt8.self, repeating: 0, count: wanted)
            allocation = block
            base = block.bindMemory(to: Element.self, capacity: max(1, count))
        }
        mappedBytes = mapped
        self.count = count
        fill(UnsafeMutableBufferPointer(start: base, count: count))
    }

    deinit {
        #if os(Linux)
            if mappedBytes > 0 {
                munmap(allocation, mappedBytes)
                return
            }
        #endif
        allocation.deallocate()
    }

    /// The elements, read-only.
    @inline(__always)
    var buffer: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }
}
