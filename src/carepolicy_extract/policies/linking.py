"""Which policy each list of measures belongs to: the one declaring the list's count, or failing that
a counted one close to it (with a warning); a count-word alias declares its number.
"""
from __future__ import annotations

from ..models import Policy, Warning
from ..segment import MeasureList

INTRO_REACH = 200        # a policy named at most this far before a list introduces it


def link(policies: list[Policy], lists: list[MeasureList]) -> tuple[list[int | None], list[Warning]]:
    """The policy each list belongs to (or None), and warnings for counts that disagree.

    Lists of one outline (a family) count together. A family goes to the policy
    declaring exactly its count, mentioned nearest before it (else nearest after);
    failing that, to the counted policy mentioned last before it when the counts
    are close (a 十条 policy of which 9 items were found) — with a warning.
    """
    positions = getattr(policies, "positions", None) or [0] * len(policies)
    families: dict[int, list[MeasureList]] = {}
    for ml in lists:
        families.setdefault(ml.family, []).append(ml)
    # a count-word alias (“五个上”, “三项机制”, “十个一”) declares its number
    for p, n in zip(policies, getattr(policies, "word_counts", None) or [None] * len(policies)):
        if n and p.declared_count is None:
            p.declared_count = n
    chosen: dict[int, Policy | None] = {}
    warnings: list[Warning] = []
    family_starts = [members[0].start for members in families.values()]
    for fam, members in families.items():
        found = sum(len(ml.items) for ml in members)
        start = members[0].start
        exact = [(p, pos) for p, pos in zip(policies, positions) if p.declared_count == found]
        before = [x for x in exact if x[1] <= start]
        pick = (max(before, key=lambda x: x[1]) if before else min(exact, key=lambda x: x[1]) if exact else None)
        policy = pick[0] if pick else None
        if policy is None:
            near = [(p, pos) for p, pos in zip(policies, positions)
                    if p.declared_count and pos <= start and abs(p.declared_count - found) <= max(2, p.declared_count // 4)]
            if not near:
                # the list's own introduction names a counted policy (…出台“暖心十条”，其中包括：1.…5.):
                # the policy mentioned last before the list, close to it, with no other list between
                intro = [(p, pos) for p, pos in zip(policies, positions)
                         if p.declared_count and pos <= start and start - pos <= INTRO_REACH]
                if intro:
                    last = max(intro, key=lambda x: x[1])
                    if not any(last[1] < o < start for o in family_starts):
                        near = [last]
            if near:
                policy = max(near, key=lambda x: x[1])[0]
                warnings.append(Warning(code="count_mismatch",
                                        message=f"policy {policy.index} declares {policy.declared_count} measures, "
                                                f"{found} found"))
        chosen[fam] = policy
    links = [chosen[ml.family].index if chosen[ml.family] else None for ml in lists]
    return links, warnings
