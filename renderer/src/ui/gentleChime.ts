/**
 * A soft two-note chime for the end of a timebox: quiet enough not to startle a room, and
 * silent (never an error) where audio is unavailable.
 */
export function playGentleChime(): void {
  try {
    const context = new AudioContext();
    const start = context.currentTime;
    [523.25, 659.25].forEach((frequency, i) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + i * 0.35;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.06, at + 0.05);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.2);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 1.25);
    });
    setTimeout(() => void context.close(), 2000);
  } catch {
    // No audio device or no permission: the on-screen signal is enough.
  }
}
