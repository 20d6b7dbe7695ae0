import { useNoticeStore } from './noticeStore';

/**
 * Errors are announced at once (alert); confirmations politely (status). They sit in the page
 * flow at the top of the content, so they never cover a control someone is about to use.
 */
export function NoticeArea() {
  const notices = useNoticeStore((state) => state.notices);
  const dismiss = useNoticeStore((state) => state.dismiss);
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  return (
    <div className="notices">
      <div role="alert" aria-live="assertive">
        {errors.map((notice) => (
          <p key={notice.id} className="notice notice-error">
            <span>{notice.text}</span>
            <button type="button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </p>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {infos.map((notice) => (
          <p key={notice.id} className="notice notice-info">
            <span>{notice.text}</span>
            <button type="button" aria-label="Dismiss message" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </p>
        ))}
      </div>
    </div>
  );
}
