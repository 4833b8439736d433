import { useQuery } from '@tanstack/react-query';
import { deliveriesOptions } from './queries';

const fmtTime = (iso: string) => new Date(iso).toLocaleString();

/** The source's latest deliveries: what arrived, what we answered, what it changed. */
export function DeliveryLog({ sourceId }: { sourceId: string }) {
  const q = useQuery(deliveriesOptions(sourceId));
  if (q.isPending) return <p role="status">Loading deliveries…</p>;
  if (q.isError) return <p role="alert">Could not load deliveries: {q.error.message}</p>;
  if (!q.data.deliveries.length) return <p>No deliveries yet. Send a test from the tool to this URL.</p>;
  return (
    <table className="delivery-log">
      <thead>
        <tr>
          <th scope="col">Received</th>
          <th scope="col">Delivery id</th>
          <th scope="col">Topic</th>
          <th scope="col">Status</th>
          <th scope="col">Result</th>
          <th scope="col">Changes</th>
        </tr>
      </thead>
      <tbody>
        {q.data.deliveries.map((d) => (
          <tr key={d.id} data-outcome={d.outcome}>
            <td>{fmtTime(d.receivedAt)}</td>
            <td>
              <code>{d.deliveryId ?? '—'}</code>
            </td>
            <td>{d.topic ?? '—'}</td>
            <td>{d.status}</td>
            <td>
              {d.outcome}
              {d.reason && <div className="reason">{d.reason}</div>}
            </td>
            <td>
              {d.changes.length
                ? d.changes.map((c) => `${c.measure} ${c.delta >= 0 ? '+' : ''}${c.delta} on ${c.date}`).join('; ')
                : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
