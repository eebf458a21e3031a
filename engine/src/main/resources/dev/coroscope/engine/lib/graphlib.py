"""graphlib for Coroscope: TopologicalSorter and CycleError. Nodes that become ready together come out in
the order they were first added; prepare() looks for a cycle by walking successors depth first, in the
order edges were added, and reports the first one it closes. Written for the engine."""

__all__ = ['TopologicalSorter', 'CycleError']


class CycleError(ValueError):
    """prepare() found a cycle: args[1] lists its nodes, the first one repeated at the end."""


# What the sorter knows of a node: [number of predecessors not yet done, or a state below; successors].
_GIVEN = -1     # returned by get_ready(), not yet done()
_FINISHED = -2  # done()
_NO_MORE = object()


class TopologicalSorter:
    """Orders a graph of hashable nodes so each comes after its predecessors, at once or group by group."""

    def __init__(self, graph=None):
        self._nodes = {}       # node -> [waiting, successors]
        self._ready = None     # None until prepare(); then the nodes ready but not yet handed out
        self._out = 0          # handed out by get_ready() and not yet done()
        if graph is not None:
            for node, before in graph.items():
                self.add(node, *before)

    def _entry(self, node):
        entry = self._nodes.get(node)
        if entry is None:
            entry = self._nodes[node] = [0, []]
        return entry

    def _prepared(self):
        if self._ready is None:
            raise ValueError('prepare() must be called first')

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError('Nodes cannot be added after a call to prepare()')
        self._entry(node)[0] += len(predecessors)
        for p in predecessors:
            self._entry(p)[1].append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError('cannot prepare() more than once')
        self._ready = [node for node, (waiting, _) in self._nodes.items() if waiting == 0]
        cycle = self._cycle()
        if cycle is not None:
            raise CycleError('nodes are in a cycle', cycle)

    def get_ready(self):
        self._prepared()
        group = tuple(self._ready)
        self._ready = []
        for node in group:
            self._nodes[node][0] = _GIVEN
        self._out += len(group)
        return group

    def is_active(self):
        self._prepared()
        return self._out > 0 or len(self._ready) > 0

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._prepared()
        for node in nodes:
            entry = self._nodes.get(node)
            if entry is None:
                raise ValueError(f'node {node!r} was not added using add()')
            if entry[0] == _FINISHED:
                raise ValueError(f'node {node!r} was already marked done')
            if entry[0] != _GIVEN:
                raise ValueError(f'node {node!r} was not passed out (still not ready)')
            entry[0] = _FINISHED
            self._out -= 1
            for after in entry[1]:
                waiting = self._nodes[after]
                waiting[0] -= 1
                if waiting[0] == 0:
                    self._ready.append(after)

    def _cycle(self):
        visited = set()
        for root in self._nodes:
            if root in visited:
                continue
            visited.add(root)
            trail = [root]                          # the current depth-first path
            depth = {root: 0}                       # node -> its index in trail
            todo = [iter(self._nodes[root][1])]     # successors left to try, per trail node
            while todo:
                nxt = next(todo[-1], _NO_MORE)
                if nxt is _NO_MORE:
                    depth.pop(trail.pop())
                    todo.pop()
                    continue
                if nxt in depth:
                    return trail[depth[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                depth[nxt] = len(trail)
                trail.append(nxt)
                todo.append(iter(self._nodes[nxt][1]))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
