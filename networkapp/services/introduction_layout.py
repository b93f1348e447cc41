"""Where the map draws each contact: radial trees of the introductions (no Qt).

Each contact has at most one introducer, so the introductions are a forest and a tree
layout is enough: linear in the number of contacts and stable (the same data gives the
same positions, children in name order; no force simulation, no randomness).
:func:`ego_map` puts one contact in the middle with their introducer chain, the people
they introduced and the introductions I made around them; :func:`forest_layout` packs
every tree of the network side by side for the overview.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from networkapp.models.text import fold
from networkapp.services.introductions import (
    Person,
    all_people,
    forest_links,
    introductions_of,
)

Point = tuple[float, float]
Children = Mapping[int, Sequence[int]]

CENTER, INTRODUCER, INTRODUCED, MINE_TO_THEM, MINE_TO_WHOM = (
    "center", "introducer", "introduced", "mine_to_them", "mine_to_whom")
"""How a node of an ego map is related to the one it hangs from."""


def radial_layout(root: int, children: Children, *, ring: float = 100.0,
                  gap: float = 60.0) -> dict[int, Point]:
    """Return the position of every node of the tree under ``root``, root at (0, 0).

    Depth d lies on a circle (radius d x ``ring``, larger when the circle would put its
    nodes closer than ``gap``); each subtree gets a wedge of the circle in proportion to
    its leaves, the first child of the root straight up. Iterative (a chain of
    introducers may be long), linear in the nodes.
    """
    order, depth = _preorder(root, children)
    leaves: dict[int, int] = {}
    for node in reversed(order):
        leaves[node] = sum(leaves[c] for c in children.get(node, ())) or 1
    radius = _radii(order, depth, ring, gap)
    kids = children.get(root, ())
    first = 2 * math.pi * leaves[kids[0]] / leaves[root] if kids else 0.0
    start = -math.pi / 2 - first / 2
    wedge = {root: (start, start + 2 * math.pi)}
    position: dict[int, Point] = {root: (0.0, 0.0)}
    for node in order:
        low, high = wedge[node]
        share = (high - low) / leaves[node]
        for child in children.get(node, ()):
            width = share * leaves[child]
            wedge[child] = (low, low + width)
            angle, r = low + width / 2, radius[depth[child]]
            position[child] = (round(r * math.cos(angle), 6), round(r * math.sin(angle), 6))
            low += width
    return position


def _preorder(root: int, children: Children) -> tuple[list[int], dict[int, int]]:
    order: list[int] = []
    depth = {root: 0}
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        for child in reversed(children.get(node, ())):
            depth[child] = depth[node] + 1
            stack.append(child)
    return order, depth


def _radii(order: Sequence[int], depth: Mapping[int, int], ring: float, gap: float
           ) -> dict[int, float]:
    per_depth: dict[int, int] = {}
    for node in order:
        per_depth[depth[node]] = per_depth.get(depth[node], 0) + 1
    radius = {0: 0.0}
    for d in range(1, max(per_depth) + 1):
        radius[d] = max(radius[d - 1] + ring, per_depth[d] * gap / (2 * math.pi))
    return radius


@dataclass(frozen=True)
class EgoNode:
    """One person on an ego map: who they hang from, how, and where."""

    person: Person
    parent: int | None
    relation: str
    x: float
    y: float


@dataclass(frozen=True)
class EgoMap:
    """One contact in the middle and the introductions around them."""

    center: int
    nodes: tuple[EgoNode, ...]

    def node(self, contact_id: int) -> EgoNode | None:
        """Return the node of a contact on the map, if there."""
        return next((n for n in self.nodes if n.person.id == contact_id), None)


def ego_map(contact_id: int, *, ring: float = 150.0, gap: float = 115.0) -> EgoMap | None:
    """Return the map of one contact (None when it does not exist).

    The introducer chain goes up from the middle to the first introducer; around the
    contact: the people they introduced to me, the people I introduced to them and the
    people I introduced them to (each person once, in that order of precedence).
    """
    found = introductions_of(contact_id)
    if found is None:
        return None
    tree = _Tree(found.contact)
    above = contact_id
    for step in found.chain:
        if step.id in tree.parent:
            break
        tree.hang(step, above, INTRODUCER)
        above = step.id
    for kind, group in ((INTRODUCED, found.introduced), (MINE_TO_THEM, found.mine_to_them),
                        (MINE_TO_WHOM, found.mine_to_whom)):
        for someone in group:
            if someone.id not in tree.parent:
                tree.hang(someone, contact_id, kind)
    position = radial_layout(contact_id, tree.children, ring=ring, gap=gap)
    return EgoMap(contact_id, tuple(
        EgoNode(tree.person[cid], parent, tree.relation[cid], *position[cid])
        for cid, parent in tree.parent.items()))


class _Tree:
    """An ego map being built: each person once, under whom and how."""

    def __init__(self, center: Person) -> None:
        self.parent: dict[int, int | None] = {center.id: None}
        self.relation = {center.id: CENTER}
        self.person = {center.id: center}
        self.children: dict[int, list[int]] = {center.id: []}

    def hang(self, someone: Person, under: int, kind: str) -> None:
        self.parent[someone.id], self.relation[someone.id] = under, kind
        self.person[someone.id] = someone
        self.children.setdefault(under, []).append(someone.id)
        self.children.setdefault(someone.id, [])


@dataclass(frozen=True)
class ForestLayout:
    """Every introduction tree of the network, packed side by side.

    Attributes:
        people: The contacts drawn (those with at least one introduction link).
        positions: Where each is drawn.
        links: (introducer, introduced) pairs.
        trees: Per tree, its root and its bounding circle (x, y, radius).
        unlinked: How many contacts have no introduction link (not drawn).
    """

    people: Mapping[int, Person]
    positions: Mapping[int, Point]
    links: tuple[tuple[int, int], ...]
    trees: tuple[tuple[int, float, float, float], ...]
    unlinked: int


def forest_children(links: Mapping[int, int], key: Mapping[int, str]
                    ) -> tuple[list[int], dict[int, list[int]]]:
    """Return the roots and children of the forest ``links`` (child -> introducer),
    each list in ``key`` then id order. A circle stored by another program is cut at
    its lowest id, which becomes a root."""
    children: dict[int, list[int]] = {}
    for child, parent in links.items():
        children.setdefault(parent, []).append(child)
        children.setdefault(child, [])
    def order(cid: int) -> tuple[str, int]:
        return key.get(cid, ""), cid
    for kids in children.values():
        kids.sort(key=order)
    roots = sorted((n for n in children if n not in links), key=order)
    seen = {n for root in roots for n in _preorder(root, children)[0]}
    for node in sorted(children):
        if node not in seen:  # on a circle: cut it here
            parent = links[node]
            children[parent].remove(node)
            roots.append(node)
            seen.update(_preorder(node, children)[0])
    return roots, children


def forest_layout(*, ring: float = 70.0, gap: float = 40.0, margin: float = 60.0
                  ) -> ForestLayout:
    """Lay out every introduction tree of the network (largest first, then by the
    root's name), packed in rows; the same data gives the same positions."""
    everyone = all_people()
    links = {c: p for c, p in forest_links().items() if c in everyone and p in everyone}
    key = {cid: fold(person.name) for cid, person in everyone.items()}
    roots, children = forest_children(links, key)
    trees = []
    for root in roots:
        local = radial_layout(root, children, ring=ring, gap=gap)
        reach = max(math.hypot(x, y) for x, y in local.values()) + gap / 2
        trees.append((root, local, reach))
    trees.sort(key=lambda t: (-len(t[1]), key.get(t[0], ""), t[0]))
    area = sum((2 * reach + margin) ** 2 for _, _, reach in trees)
    width = max([math.sqrt(area) * 1.3] + [2 * reach + margin for _, _, reach in trees])
    positions: dict[int, Point] = {}
    placed = []
    x = y = row_height = 0.0
    for root, local, reach in trees:
        size = 2 * reach + margin
        if x and x + size > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + size / 2, y + size / 2
        positions.update({cid: (cx + px, cy + py) for cid, (px, py) in local.items()})
        placed.append((root, cx, cy, reach))
        x += size
        row_height = max(row_height, size)
    drawn = {cid: everyone[cid] for cid in positions}
    return ForestLayout(drawn, positions, tuple((p, c) for c, p in sorted(links.items())),
                        tuple(placed), len(everyone) - len(drawn))
