import Foundation
import KGModel
import KGStore

/// The in-memory graph saved beside the database (`GraphStore.graphSnapshotPath`), so a new
/// process answers its first query without reading every relation through SQL.
///
/// ```swift
/// if let graph = GraphIndex.loadSnapshot(of: store) { ... }   // nil: missing or stale
/// try graph.saveSnapshot(of: store)
/// ```
/// The file starts with the store's `contentStamp()` when it was written; a different stamp
/// now means someone changed the graph since, and the snapshot is ignored (and rewritten after
/// the next full load). kg's own writers also delete it (`invalidateGraphSnapshot`), which
/// covers the one change the stamp cannot see, an entity renamed in place. Written to a
/// temporary file and renamed, so a reader never sees half a snapshot.
extension GraphIndex {
    static let snapshotMagic = Array("KGGRAPH2".utf8)

    /// The snapshot of `store`'s graph when there is one and it is current.
    static func loadSnapshot(of store: GraphStore) -> GraphIndex? {
        guard let stamp = try? store.contentStamp(),
            let data = FileManager.default.contents(atPath: store.graphSnapshotPath)
        else { return nil }
        var reader = SnapshotReader(bytes: data)
        guard reader.bytes(count: snapshotMagic.count) == snapshotMagic,
            reader.array(of: Int.self) == stamp
        else { return nil }
        var graph = GraphIndex()
        guard let nodeIDs = reader.array(of: Int.self), let names = reader.strings(),
            let typeNames = reader.strings(), let typeIndices = reader.array(of: UInt8.self),
            let edgeIDs = reader.array(of: Int.self), let sources = reader.array(of: Int32.self),
            let targets = reader.array(of: Int32.self), let actionIndices = reader.array(of: Int32.self),
            let cameoIndices = reader.array(of: Int32.self), let roles = reader.array(of: UInt8.self),
            let sentences = reader.array(of: Int.self), let confidences = reader.array(of: Double.self),
            let actions = reader.strings(), let cameoTexts = reader.strings(), reader.isAtEnd,
            names.count == nodeIDs.count, typeIndices.count == nodeIDs.count,
            [
                sources.count, targets.count, actionIndices.count, cameoIndices.count, roles.count,
                sentences.count, confidences.count,
            ].allSatisfy({ $0 == edgeIDs.count }),
            typeIndices.allSatisfy({ Int($0) < typeNames.count }),
            sources.allSatisfy({ $0 >= 0 && Int($0) < nodeIDs.count }),
            targets.allSatisfy({ $0 >= 0 && Int($0) < nodeIDs.count }),
            actionIndices.allSatisfy({ $0 >= 0 && Int($0) < actions.count }),
            cameoIndices.allSatisfy({ $0 >= 0 && Int($0) < cameoTexts.count })
        else { return nil }
        let cameos = cameoTexts.compactMap(CAMEOCode.init(rawValue:))
        guard cameos.count == cameoTexts.count else { return nil }
        graph.nodeIDs = nodeIDs
        graph.nodeNames = names
        graph.nodeTypes = typeIndices.map { typeNames[Int($0)] }
        for (index, type) in typeIndices.enumerated() {
            graph.nodesByType[typeNames[Int(type)], default: []].append(Int32(index))
        }
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
        graph.buildAdjacency()
        return graph
    }

    /// Writes this (whole) graph as `store`'s snapshot, stamped with the store's content now.
    func saveSnapshot(of store: GraphStore, stamp: [Int]) throws {
        var writer = SnapshotWriter()
        writer.bytes(Self.snapshotMagic)
        writer.array(stamp)
        writer.array(nodeIDs)
        writer.strings(nodeNames)
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
        writer.strings(typeNames)
        writer.array(typeIndices)
        writer.array(edgeIDs)
        writer.array(edgeSource)
        writer.array(edgeTarget)
        writer.array(edgeAction)
        writer.array(edgeCameo)
        writer.array(edgeIsRole.map { $0 ? UInt8(1) : 0 })
        writer.array(edgeSentence)
        writer.array(edgeConfidence)
        writer.strings(actions)
        writer.strings(cameos.map(\.rawValue))
        let path = store.graphSnapshotPath
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        try writer.data.write(to: URL(fileURLWithPath: temporary))
        if rename(temporary, path) != 0 {
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}

/// Appends arrays of plain values, each as a count and its bytes.
private struct SnapshotWriter {
    var data = Data()

    mutating func bytes(_ bytes: [UInt8]) {
        data.append(contentsOf: bytes)
    }

    mutating func array<T: BitwiseCopyable>(_ values: [T]) {
        var count = Int64(values.count)
        withUnsafeBytes(of: &count) { data.append(contentsOf: $0) }
        values.withUnsafeBytes { data.append(contentsOf: $0) }
    }

    mutating func strings(_ values: [String]) {
        var offsets: [Int32] = [0]
        var bytes: [UInt8] = []
        for value in values {
            bytes.append(contentsOf: value.utf8)
            offsets.append(Int32(clamping: bytes.count))
        }
        array(offsets)
        array(bytes)
    }
}

/// Reads what `SnapshotWriter` wrote; nil for anything short or malformed.
private struct SnapshotReader {
    let bytes: Data
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func bytes(count: Int) -> [UInt8]? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return Array(bytes[bytes.startIndex + offset..<bytes.startIndex + offset + count])
    }

    mutating func array<T: BitwiseCopyable>(of type: T.Type) -> [T]? {
        guard offset + 8 <= bytes.count else { return nil }
        var count: Int64 = 0
        withUnsafeMutableBytes(of: &count) { target in
            bytes.copyBytes(to: target, from: bytes.startIndex + offset..<bytes.startIndex + offset + 8)
        }
        offset += 8
        let size = MemoryLayout<T>.stride
        guard count >= 0, count <= Int64(bytes.count - offset) / Int64(max(1, size)) else { return nil }
        let length = Int(count) * size
        let values = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            bytes.copyBytes(
                to: UnsafeMutableRawBufferPointer(buffer),
                from: bytes.startIndex + offset..<bytes.startIndex + offset + length)
            initialized = Int(count)
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
                guard start <= end else { return nil }
                values.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
            }
            return values
        }
    }
}
