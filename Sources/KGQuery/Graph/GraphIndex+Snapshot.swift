import Foundation
import KGModel
import KGStore

#if canImport(Glibc)
    import Glibc
#endif

/// The in-memory graph saved beside the database (`GraphStore.graphSnapshotPath`), so a new
/// process answers its first query without reading every relation through SQL.
///
/// ```swift
/// if let graph = GraphIndex.loadSnapshot(of: store) { ... }   // nil: missing, stale or damaged
/// try graph.saveSnapshot(of: store, stamp: try store.contentStamp())
/// ```
/// The file starts with the store's `contentStamp()` when it was written; a different stamp
/// now means someone changed the graph since, and the snapshot is ignored (and rewritten after
/// the next full load). kg's own writers also delete it (`invalidateGraphSnapshot`), which
/// covers the one change the stamp cannot see, an entity renamed in place. Written to a
/// temporary file and renamed, so a reader never sees half a snapshot.
///
/// It holds the adjacency ready to use (compressed rows, neighbour arrays, action runs), not
/// just the edge list: reading it is copying arrays out of a memory-mapped file, with no
/// sorting (a 1M-edge graph: about 40 ms instead of 250 ms). Every count and index is checked
/// against the arrays it points into before the graph is used, so a damaged file is ignored,
/// never trusted.
extension GraphIndex {
    static let snapshotMagic = Array("KGGRAPH3".utf8)

    /// The snapshot of `store`'s graph when there is one and it is current.
    static func loadSnapshot(of store: GraphStore) -> GraphIndex? {
        guard let stamp = try? store.contentStamp(), let file = MappedFile(path: store.graphSnapshotPath) else { return nil }
        return file.withBytes { bytes in
            var reader = SnapshotReader(bytes: bytes)
            guard reader.bytes(count: snapshotMagic.count) == snapshotMagic, reader.array(of: Int.self) == stamp else {
                return nil
            }
            return Self.decode(&reader)
        }
    }

    /// True when `store` has a snapshot stamped with its content now (reads the stamp only).
    static func hasCurrentSnapshot(of store: GraphStore) -> Bool {
        guard let stamp = try? store.contentStamp(), let file = MappedFile(path: store.graphSnapshotPath) else {
            return false
        }
        return file.withBytes { bytes in
            var reader = SnapshotReader(bytes: bytes)
            return reader.bytes(count: snapshotMagic.count) == snapshotMagic && reader.array(of: Int.self) == stamp
        }
    }

    /// The graph after the stamp; nil when any array is short, out of range or inconsistent.
    private static func decode(_ reader: inout SnapshotReader) -> GraphIndex? {
        guard let nodeIDs = reader.column(of: Int.self), let names = reader.strings(),
            let typeNames = reader.strings(), let typeIndices = reader.array(of: UInt8.self),
            let edgeIDs = reader.column(of: Int.self), let sources = reader.array(of: Int32.self),
            let targets = reader.array(of: Int32.self), let actionIndices = reader.array(of: Int32.self),
            let cameoIndices = reader.array(of: Int32.self), let roles = reader.array(of: UInt8.self),
            let sentences = reader.column(of: Int.self), let confidences = reader.column(of: Double.self),
            let actions = reader.strings(), let cameoTexts = reader.strings()
        else { return nil }
        let nodes = nodeIDs.count, edges = edgeIDs.count
        guard names.count == nodes, typeIndices.count == nodes, typeNames.count <= 255,
            [sources.count, targets.count, actionIndices.count, cameoIndices.count, roles.count, sentences.count, confidences.count]
                .allSatisfy({ $0 == edges }),
            typeIndices.allBelow(UInt8(typeNames.count)), sources.allWithin(nodes), targets.allWithin(nodes),
            actionIndices.allWithin(actions.count), cameoIndices.allWithin(cameoTexts.count)
        else { return nil }
        let cameos = cameoTexts.compactMap(CAMEOCode.init(rawValue:))
        guard cameos.count == cameoTexts.count else { return nil }

        var graph = GraphData()
        graph.nodeIDs = nodeIDs
        graph.nodeNames = names
        graph.nodeTypes = typeIndices.map { typeNames[Int($0)] }
        for (index, type) in typeIndices.enumerated() {
            graph.nodesByType[typeNames[Int(type)], default: []].append(Int32(index))
        }
        let typeCodes = typeNames.map(NodeFilter.typeCode)
        graph.nodeTypeCodes = typeIndices.map { typeCodes[Int($0)] }
        graph.indexNodes()
        graph.edgeIDs = edgeIDs
        graph.edgeSource = sources
        graph.edgeTarget = targets
        graph.edgeAction = actionIndices
        graph.edgeCameo = cameoIndices
        graph.edgeIsRole = roles.map { $0 != 0 }
        graph.edgeSentence = sentences
        graph.edgeConfidence = confidences
        graph.actions = actions
        graph.cameos = cameos
        for (index, action) in actions.enumerated() { graph.actionIndex[action] = Int32(index) }
        for (index, cameo) in cameos.enumerated() { graph.cameoIndex[cameo] = Int32(index) }

        // The adjacency `buildAdjacency` made when the snapshot was written.
        guard let byActionStart = reader.array(of: Int32.self), let byAction = reader.array(of: Int32.self),
            byActionStart.isRowStarts(rows: actions.count, total: edges), byAction.count == edges,
            byAction.allWithin(edges)
        else { return nil }
        graph.edgesByAction = (0..<actions.count).map {
            Array(byAction[Int(byActionStart[$0])..<Int(byActionStart[$0 + 1])])
        }
        for outgoing in [true, false] {
            guard let start = reader.array(of: Int32.self), let rowEdges = reader.array(of: Int32.self),
                let neighbours = reader.array(of: Int32.self), let grouped = reader.array(of: Int32.self),
                let groupedNeighbours = reader.array(of: Int32.self), let runStart = reader.array(of: Int32.self),
                let runAction = reader.array(of: Int32.self), let runOffset = reader.array(of: Int32.self),
                start.isRowStarts(rows: nodes, total: edges),
                [rowEdges.count, neighbours.count, grouped.count, groupedNeighbours.count].allSatisfy({ $0 == edges }),
                rowEdges.allWithin(edges), grouped.allWithin(edges), neighbours.allWithin(nodes),
                groupedNeighbours.allWithin(nodes), runStart.isRowStarts(rows: nodes, total: runAction.count),
                runOffset.count == runAction.count, runAction.allWithin(actions.count),
                Self.runsFitRows(runStart: runStart, runOffset: runOffset, rowStart: start)
            else { return nil }
            if outgoing {
                (graph.outgoingStart, graph.outgoingEdges, graph.outgoingTargets) = (start, rowEdges, neighbours)
                (graph.outgoingByAction, graph.outgoingByActionTargets) = (grouped, groupedNeighbours)
                (graph.outgoingRunStart, graph.outgoingRunAction, graph.outgoingRunOffset) = (runStart, runAction, runOffset)
            } else {
                (graph.incomingStart, graph.incomingEdges, graph.incomingSources) = (start, rowEdges, neighbours)
                (graph.incomingByAction, graph.incomingByActionSources) = (grouped, groupedNeighbours)
                (graph.incomingRunStart, graph.incomingRunAction, graph.incomingRunOffset) = (runStart, runAction, runOffset)
            }
        }
        guard reader.isAtEnd else { return nil }
        return GraphIndex(graph)
    }

    /// Each node's runs start inside its row, in order: `actionRun` slices by them.
    private static func runsFitRows(runStart: [Int32], runOffset: [Int32], rowStart: [Int32]) -> Bool {
        for node in 0..<(rowStart.count - 1) {
            var previous = rowStart[node]
            for run in Int(runStart[node])..<Int(runStart[node + 1]) {
                let offset = runOffset[run]
                guard offset >= previous, offset <= rowStart[node + 1] else { return false }
                previous = offset
            }
        }
        return true
    }

    /// Writes this (whole) graph as `store`'s snapshot, stamped with the store's content now.
    func saveSnapshot(of store: GraphStore, stamp: [Int]) throws {
        var typeNames: [String] = []
        var typeIndex: [String: UInt8] = [:]
        var typeIndices: [UInt8] = []
        typeIndices.reserveCapacity(nodeTypes.count)
        for type in nodeTypes {
            if typeIndex[type] == nil {
                guard typeNames.count < 255 else { return }
                typeIndex[type] = UInt8(typeNames.count)
                typeNames.append(type)
            }
            typeIndices.append(typeIndex[type] ?? 0)
        }
        let path = store.graphSnapshotPath
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        var writer = try SnapshotWriter(path: temporary)
        do {
            try writer.bytes(Self.snapshotMagic)
            try writer.array(stamp)
            try writer.column(nodeIDs)
            try writer.strings(nodeNames)
            try writer.strings(typeNames)
            try writer.array(typeIndices)
            try writer.column(edgeIDs)
            try writer.array(edgeSource)
            try writer.array(edgeTarget)
            try writer.array(edgeAction)
            try writer.array(edgeCameo)
            try writer.array(edgeIsRole.map { $0 ? UInt8(1) : 0 })
            try writer.column(edgeSentence)
            try writer.column(edgeConfidence)
            try writer.strings(actions)
            try writer.strings(cameos.map(\.rawValue))
            var byActionStart: [Int32] = [0]
            for edges in edgesByAction { byActionStart.append(byActionStart[byActionStart.count - 1] + Int32(edges.count)) }
            try writer.array(byActionStart)
            try writer.array(edgesByAction.flatMap { $0 })
            for array in [
                outgoingStart, outgoingEdges, outgoingTargets, outgoingByAction, outgoingByActionTargets,
                outgoingRunStart, outgoingRunAction, outgoingRunOffset,
                incomingStart, incomingEdges, incomingSources, incomingByAction, incomingByActionSources,
                incomingRunStart, incomingRunAction, incomingRunOffset,
            ] {
                try writer.array(array)
            }
            try writer.close()
        } catch {
            writer.abandon()
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}

extension Array where Element: FixedWidthInteger {
    /// True when every element is in `0..<limit` (one pass the compiler vectorizes).
    fileprivate func allWithin(_ limit: Int) -> Bool {
        withUnsafeBufferPointer { buffer in
            var smallest = Element.max, largest = Element.min
            for value in buffer {
                smallest = Swift.min(smallest, value)
                largest = Swift.max(largest, value)
            }
            return buffer.isEmpty || (smallest >= 0 && Int(largest) < limit)
        }
    }

    fileprivate func allBelow(_ limit: Element) -> Bool {
        allWithin(Int(limit))
    }

    /// True for `rows + 1` ascending offsets from 0 to `total`: compressed-row starts.
    fileprivate func isRowStarts(rows: Int, total: Int) -> Bool {
        guard count == rows + 1, first == 0, last.map({ Int($0) == total }) == true else { return false }
        return withUnsafeBufferPointer { buffer in
            var ordered = true
            for index in 1..<buffer.count { ordered = ordered && buffer[index - 1] <= buffer[index] }
            return ordered
        }
    }
}

/// A file mapped read-only for the span of one read.
private final class MappedFile {
    private let address: UnsafeMutableRawPointer?
    private let size: Int

    init?(path: String) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        size = Int(status.st_size)
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let mapped, mapped != MAP_FAILED else { return nil }
        address = mapped
    }

    deinit {
        if let address { munmap(address, size) }
    }

    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        body(UnsafeRawBufferPointer(start: address, count: size))
    }
}

/// How `SnapshotWriter.column` wrote an array.
private enum ColumnForm: Int64 {
    case array = 0
    /// One value, then the count.
    case constant = 1
    /// The first value, then the count: `first, first + 1, ...` (ids).
    case countingUp = 2
}

/// Writes arrays of plain values, each as a count and its bytes, straight to a file.
private struct SnapshotWriter {
    private var descriptor: Int32

    init(path: String) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Self.lastError() }
    }

    mutating func bytes(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }

    mutating func array<T: BitwiseCopyable>(_ values: [T]) throws {
        var count = Int64(values.count)
        try withUnsafeBytes(of: &count) { try write($0) }
        try values.withUnsafeBytes { try write($0) }
    }

    /// An array that is often one value repeated (an import's sentences and confidences) or
    /// ids counting up from one: written as that value, else as the array.
    mutating func column<T: BitwiseCopyable & Equatable>(_ values: [T]) throws {
        var form = ColumnForm.array.rawValue
        if let first = values.first, values.allSatisfy({ $0 == first }) {
            form = ColumnForm.constant.rawValue
            try withUnsafeBytes(of: &form) { try write($0) }
            try array([first])
            var count = Int64(values.count)
            try withUnsafeBytes(of: &count) { try write($0) }
        } else if let ids = values as? [Int], let first = ids.first, ids.indices.allSatisfy({ ids[$0] == first &+ $0 }) {
            form = ColumnForm.countingUp.rawValue
            try withUnsafeBytes(of: &form) { try write($0) }
            try array([first])
            var count = Int64(values.count)
            try withUnsafeBytes(of: &count) { try write($0) }
        } else {
            try withUnsafeBytes(of: &form) { try write($0) }
            try array(values)
        }
    }

    mutating func strings(_ values: [String]) throws {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        for value in values {
            bytes.append(contentsOf: value.utf8)
            offsets.append(Int32(clamping: bytes.count))
        }
        try array(offsets)
        try array(bytes)
    }

    private func write(_ buffer: UnsafeRawBufferPointer) throws {
        var rest = buffer
        while !rest.isEmpty {
            let written = Glibc.write(descriptor, rest.baseAddress, rest.count)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw Self.lastError() }
            rest = UnsafeRawBufferPointer(rebasing: rest[written...])
        }
    }

    mutating func close() throws {
        let result = Glibc.close(descriptor)
        descriptor = -1
        guard result == 0 else { throw Self.lastError() }
    }

    private static func lastError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }

    mutating func abandon() {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        descriptor = -1
    }
}

/// Reads what `SnapshotWriter` wrote; nil for anything short or malformed.
private struct SnapshotReader {
    let bytes: UnsafeRawBufferPointer
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func bytes(count: Int) -> [UInt8]? {
        guard count >= 0, count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func array<T: BitwiseCopyable>(of type: T.Type) -> [T]? {
        guard bytes.count - offset >= 8 else { return nil }
        var count: Int64 = 0
        withUnsafeMutableBytes(of: &count) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + 8])) }
        offset += 8
        let size = MemoryLayout<T>.stride
        guard count >= 0, count <= Int64(bytes.count - offset) / Int64(max(1, size)) else { return nil }
        let length = Int(count) * size
        let values = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]))
            initialized = Int(count)
        }
        offset += length
        return values
    }

    /// What `SnapshotWriter.column` wrote.
    mutating func column<T: BitwiseCopyable>(of type: T.Type) -> [T]? {
        guard let formCode = array(of: Int64.self, count: 1)?.first, let form = ColumnForm(rawValue: formCode) else {
            return nil
        }
        switch form {
        case .array:
            return array(of: T.self)
        case .constant, .countingUp:
            guard let values = array(of: T.self), values.count == 1, let first = values.first,
                let count = array(of: Int64.self, count: 1)?.first, count >= 0, count <= Int64(Int32.max)
            else { return nil }
            if form == .constant { return [T](repeating: first, count: Int(count)) }
            guard T.self == Int.self, let start = first as? Int, start <= Int.max - Int(count) else { return nil }
            // Written in place: a map and a cast back to [T] cost a tenth of a cold start.
            return [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
                let raw = UnsafeMutableRawBufferPointer(buffer)
                for index in 0..<Int(count) {
                    raw.storeBytes(of: start + index, toByteOffset: index * MemoryLayout<Int>.stride, as: Int.self)
                }
                initialized = Int(count)
            }
        }
    }

    /// `count` values with no count before them.
    private mutating func array<T: BitwiseCopyable>(of type: T.Type, count: Int) -> [T]? {
        let length = count * MemoryLayout<T>.stride
        guard length <= bytes.count - offset else { return nil }
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]))
            initialized = count
        }
        offset += length
        return values
    }

    mutating func strings() -> [String]? {
        guard let offsets = array(of: Int32.self), let text = array(of: UInt8.self),
            offsets.first == 0, offsets.last.map({ Int($0) == text.count }) == true
        else { return nil }
        var values: [String] = []
        values.reserveCapacity(max(0, offsets.count - 1))
        return text.withUnsafeBufferPointer { buffer in
            for index in 1..<max(1, offsets.count) {
                let start = Int(offsets[index - 1]), end = Int(offsets[index])
                guard start >= 0, start <= end, end <= buffer.count else { return nil }
                values.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
            }
            return values
        }
    }
}
