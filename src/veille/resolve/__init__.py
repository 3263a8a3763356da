"""Resolution: event reports of many documents -> incidents (the same attack).

Public entry point: ``resolve(reports, links, options, published) -> {report_id: incident_id}``.
"""

from veille.resolve.ids import incident_id_for, split_incident_id
from veille.resolve.merge import resolve
from veille.resolve.options import Decision, ResolveOptions, ReviewLinks
from veille.resolve.summary import corroboration

__all__ = [
    "Decision",
    "ResolveOptions",
    "ReviewLinks",
    "corroboration",
    "incident_id_for",
    "resolve",
    "split_incident_id",
]
