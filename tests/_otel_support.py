"""OpenTelemetry SDK plumbing shared by the telemetry tests: in-memory spans and metrics."""

from __future__ import annotations

from typing import Any, NamedTuple

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

SCOPE = "spotnana_events"


class Otel(NamedTuple):
    exporter: InMemorySpanExporter
    tracer_provider: TracerProvider
    reader: InMemoryMetricReader
    meter_provider: MeterProvider

    @classmethod
    def make(cls) -> Otel:
        exporter = InMemorySpanExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
        reader = InMemoryMetricReader()
        return cls(exporter, tracer_provider, reader, MeterProvider(metric_readers=[reader]))

    @property
    def providers(self) -> dict[str, Any]:
        return {"tracer_provider": self.tracer_provider, "meter_provider": self.meter_provider}

    def spans(self, *, ours_only: bool = True) -> list[ReadableSpan]:
        spans = list(self.exporter.get_finished_spans())
        if ours_only:
            spans = [s for s in spans if s.instrumentation_scope is not None and s.instrumentation_scope.name == SCOPE]
        return spans

    def named(self, name: str) -> list[ReadableSpan]:
        return [span for span in self.spans() if span.name == name]

    def one(self, name: str) -> ReadableSpan:
        found = self.named(name)
        assert len(found) == 1, [s.name for s in self.spans()]
        return found[0]

    def metrics(self) -> dict[str, list[tuple[dict[str, Any], Any]]]:
        """metric name -> [(attributes, value)]; a histogram's value is (count, sum)."""
        data = self.reader.get_metrics_data()
        found: dict[str, list[tuple[dict[str, Any], Any]]] = {}
        for resource in data.resource_metrics if data is not None else []:
            for scope in resource.scope_metrics:
                for metric in scope.metrics:
                    for point in metric.data.data_points:
                        value = (point.count, point.sum) if hasattr(point, "count") else point.value  # type: ignore[union-attr]
                        found.setdefault(metric.name, []).append((dict(point.attributes or {}), value))
        return found


def children(parent: ReadableSpan, spans: list[ReadableSpan]) -> list[ReadableSpan]:
    assert parent.context is not None
    return [s for s in spans if s.parent is not None and s.parent.span_id == parent.context.span_id]


def everything_recorded(otel: Otel) -> str:
    """Every name, attribute, event, status and metric attribute our instrumentation scope recorded, as text."""
    parts: list[str] = []
    for span in otel.spans():
        parts += [span.name, repr(dict(span.attributes or {})), repr(span.status.description)]
        for event in span.events:
            parts += [event.name, repr(dict(event.attributes or {}))]
        for link in span.links:
            parts.append(repr(dict(link.attributes or {})))
    for name, points in otel.metrics().items():
        parts += [name, *(repr(attributes) for attributes, _ in points)]
    return "\n".join(parts)
