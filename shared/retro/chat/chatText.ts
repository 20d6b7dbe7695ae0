/**
 * Characters that draw nothing but make two spellings of a name differ: zero-width spaces and
 * joiners, direction marks and overrides, the soft hyphen, the byte-order mark.
 */
const INVISIBLE = /[\u00AD\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** A zero-width joiner between letters joins nothing; between emoji it builds one (👩‍💻), so stays. */
const JOINER_IN_WORD = /(?<=\p{L})\u200D(?=\p{L})/gu;

/** The text without the characters that hide inside names (“Al\u200Bice” is “Alice”). */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '').replace(JOINER_IN_WORD, '');
}

/** A name as it is matched: no invisible characters, no joiner at all, spaces folded. */
export function cleanName(name: string): string {
  return withoutInvisibles(name)
    .replace(/\u200D/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The emoji codes chat apps write as text (Slack, Mattermost, GitHub): the common ones become the
 * emoji, the rest stay as written (a code nobody knows still reads as a word).
 */
const EMOJI: Record<string, string> = {
  '+1': '👍',
  thumbsup: '👍',
  '-1': '👎',
  thumbsdown: '👎',
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  ballot_box_with_check: '☑️',
  x: '❌',
  heavy_multiplication_x: '✖️',
  warning: '⚠️',
  rotating_light: '🚨',
  fire: '🔥',
  eyes: '👀',
  scream: '😱',
  tada: '🎉',
  smile: '😄',
  smiley: '😃',
  grinning: '😀',
  laughing: '😆',
  joy: '😂',
  sweat_smile: '😅',
  slightly_smiling_face: '🙂',
  wink: '😉',
  blush: '😊',
  thinking_face: '🤔',
  thinking: '🤔',
  confused: '😕',
  disappointed: '😞',
  cry: '😢',
  sob: '😭',
  rage: '😡',
  sweat: '😓',
  facepalm: '🤦',
  face_palm: '🤦',
  shrug: '🤷',
  pray: '🙏',
  clap: '👏',
  raised_hands: '🙌',
  wave: '👋',
  ok_hand: '👌',
  muscle: '💪',
  point_up: '☝️',
  point_right: '👉',
  heart: '❤️',
  broken_heart: '💔',
  100: '💯',
  rocket: '🚀',
  boom: '💥',
  bug: '🐛',
  skull: '💀',
  ghost: '👻',
  zap: '⚡',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  stopwatch: '⏱️',
  alarm_clock: '⏰',
  bell: '🔔',
  mag: '🔍',
  memo: '📝',
  pushpin: '📌',
  link: '🔗',
  lock: '🔒',
  key: '🔑',
  wrench: '🔧',
  hammer: '🔨',
  hammer_and_wrench: '🛠️',
  gear: '⚙️',
  chart_with_upwards_trend: '📈',
  chart_with_downwards_trend: '📉',
  red_circle: '🔴',
  large_green_circle: '🟢',
  green_circle: '🟢',
  yellow_circle: '🟡',
  large_blue_circle: '🔵',
  white_circle: '⚪',
  black_circle: '⚫',
  sos: '🆘',
  no_entry: '⛔',
  stop_sign: '🛑',
  construction: '🚧',
  question: '❓',
  exclamation: '❗',
  bangbang: '‼️',
  arrow_up: '⬆️',
  arrow_down: '⬇️',
  arrow_right: '➡️',
  coffee: '☕',
  sunglasses: '😎',
  party_popper: '🎉',
  confetti_ball: '🎊',
  sparkles: '✨',
  star: '⭐',
  fingers_crossed: '🤞',
  crossed_fingers: '🤞',
  upside_down_face: '🙃',
  neutral_face: '😐',
  grimacing: '😬',
  flushed: '😳',
  scream_cat: '🙀',
  see_no_evil: '🙈',
  partying_face: '🥳',
  exploding_head: '🤯',
  melting_face: '🫠',
  slightly_frowning_face: '🙁',
  white_frowning_face: '☹️',
  disappointed_relieved: '😥',
  relieved: '😌',
  ambulance: '🚑',
  fire_engine: '🚒',
  cop: '👮',
  dog: '🐶',
  cat: '🐱',
  pager: '📟',
  phone: '📞',
  telephone_receiver: '📞',
  computer: '💻',
  floppy_disk: '💾',
  cd: '💿',
  package: '📦',
  calendar: '📅',
  spiral_calendar_pad: '🗓️',
  clipboard: '📋',
  heavy_plus_sign: '➕',
  heavy_minus_sign: '➖',
};

/** `:scream:` → 😱 for the codes listed; skin tones (`:+1::skin-tone-2:`) go with their emoji. */
export function withEmoji(text: string): string {
  return text
    .replace(/:skin-tone-[2-6]:/g, '')
    .replace(
      /:([a-z0-9_+-]{1,40}):/gi,
      (code: string, name: string) => EMOJI[name.toLowerCase()] ?? code,
    );
}
