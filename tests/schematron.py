"""A small ISO Schematron runner for tests, with XPath 2 from elementpath.

lxml's isoschematron only runs XSLT 1 query bindings, and the TBX-Basic
Schematron is written for ``xslt2`` (``matches()``, ``./local-name()``). This
runner reads the ``.sch`` itself and evaluates every rule with an XPath 2
engine: a rule's ``context`` is a match pattern (any node it selects), each
``assert`` fails for the nodes where its test is false, each ``report`` fires
where it is true, and within one pattern a node is checked by the first rule
whose context matches it, as ISO Schematron says.
"""

from __future__ import annotations

from dataclasses import dataclass

import elementpath
from lxml import etree

SCH = "http://purl.oclc.org/dsdl/schematron"


@dataclass(frozen=True)
class Failure:
    pattern: str
    context: str
    test: str
    message: str
    where: str


def _sch(tag: str) -> str:
    return f"{{{SCH}}}{tag}"


def _select_all(context: str) -> str:
    return context if context.startswith("/") else f"//{context}"


def _where(node) -> str:
    if isinstance(node, etree._Element):
        return node.getroottree().getpath(node)
    return repr(node)


class Schematron:
    def __init__(self, path: str):
        schema = etree.parse(path).getroot()
        self.namespaces = {ns.get("prefix"): ns.get("uri") for ns in schema.iter(_sch("ns"))}
        self.patterns = []
        for pattern in schema.iter(_sch("pattern")):
            rules = []
            for rule in pattern.iter(_sch("rule")):
                checks = [
                    (child.tag == _sch("assert"), child.get("test"), " ".join(child.itertext()))
                    for child in rule
                    if child.tag in (_sch("assert"), _sch("report"))
                ]
                rules.append((rule.get("context"), checks))
            self.patterns.append((pattern.get("id") or "", rules))

    def _select(self, doc, path: str) -> list:
        return elementpath.select(doc, path, self.namespaces, parser=elementpath.XPath2Parser)

    def failures(self, data: bytes) -> list[Failure]:
        doc = etree.ElementTree(etree.fromstring(data))
        out = []
        for pattern_id, rules in self.patterns:
            earlier: list[str] = []
            for context, checks in rules:
                nodes = f"({_select_all(context)})"
                if earlier:
                    nodes = f"({nodes} except ({' | '.join(earlier)}))"
                for is_assert, test, message in checks:
                    flagged = f"{nodes}[not({test})]" if is_assert else f"{nodes}[{test}]"
                    for node in self._select(doc, flagged):
                        out.append(Failure(pattern_id, context, test, message, _where(node)))
                earlier.append(_select_all(context))
        return out
