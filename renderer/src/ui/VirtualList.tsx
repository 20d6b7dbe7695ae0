import { useState, type ReactNode, type UIEvent } from 'react';

interface VirtualListProps<T> {
  items: T[];
  rowHeight: number;
  /** Height of the scrolling box when the list is longer than it. */
  maxHeight: number;
  label: string;
  itemKey: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  /** Rows rendered above and below the visible ones, so fast scrolling shows no blank. */
  overscan?: number;
}

/**
 * A list that renders only the rows in view (fixed row height), so hundreds of rows cost what a
 * screenful costs. Each row says its position in the whole list for screen readers.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  maxHeight,
  label,
  itemKey,
  renderRow,
  overscan = 6,
}: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const total = items.length * rowHeight;
  const height = Math.min(total, maxHeight);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return (
    <div
      className="virtual-list"
      style={{ height, overflowY: total > maxHeight ? 'auto' : 'hidden' }}
      onScroll={(event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <ul aria-label={label} style={{ height: total, position: 'relative', margin: 0, padding: 0 }}>
        {items.slice(first, last).map((item, offset) => {
          const index = first + offset;
          return (
            <li
              key={itemKey(item)}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              style={{
                position: 'absolute',
                top: index * rowHeight,
                height: rowHeight,
                left: 0,
                right: 0,
              }}
            >
              {renderRow(item, index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
