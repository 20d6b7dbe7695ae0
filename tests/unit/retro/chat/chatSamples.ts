/**
 * One conversation as each tool writes it, typed for these tests from each tool's documented or
 * observed layout. Ben Okafor (ben.okafor, ben@acme.example) and Dana Ruiz talk; PagerDuty posts.
 */
export const SAY = [
  'checkout errors are up, Dana can you look at the pool?',
  'on it, Ben. restarting the pool',
  "@ben.okafor the pool is back; Ben's dashboard shows it",
  'Resolved: checkout 5xx',
];

export const SLACK_DESKTOP = `Today
Ben Okafor  10:42 AM
${SAY[0]}
Dana Ruiz  10:43 AM
${SAY[1]} (edited)
10:45
${SAY[2]}
:white_check_mark:
2
3 replies
Last reply today at 10:50 AMView thread
PagerDutyAPP  10:46 AM
${SAY[3]}
`;

export const TEAMS = `[10:42 AM] Ben Okafor
${SAY[0]}
[10:43 AM] Dana Ruiz
${SAY[1]}
(Edited)
[10:45 AM] Dana Ruiz
${SAY[2]}
like 1
[10:46 AM] PagerDuty
${SAY[3]}
`;

export const ZOOM = `10:42:05 From Ben Okafor to Everyone:
\t${SAY[0]}
10:43:10 From Dana Ruiz to Everyone:
\t${SAY[1]}
10:45:00 From Dana Ruiz to Everyone:
\t${SAY[2]}
10:46:30 From PagerDuty to Everyone:
\t${SAY[3]}
`;

export const ZOOM_OLD = `10:42:05\t From  Ben Okafor : ${SAY[0]}
10:43:10\t From  Dana Ruiz : ${SAY[1]}
`;

export const GOOGLE_CHAT = `Ben Okafor, 10:42 AM
${SAY[0]}
Dana Ruiz, 10:43 AM
${SAY[1]}
Dana Ruiz, 10:45 AM
${SAY[2]}
PagerDuty, 10:46 AM
${SAY[3]}
`;

export const DISCORD = `Ben Okafor — Today at 10:42 AM
${SAY[0]}
Dana Ruiz — Today at 10:43 AM
${SAY[1]}
[10:45 AM]${SAY[2]}
PagerDuty BOT — Today at 10:46 AM
${SAY[3]}
`;

export const MATTERMOST = `ben.okafor
10:42 AM
${SAY[0]}
dana.ruiz
10:43 AM
${SAY[1]}
dana.ruiz
10:45 AM
${SAY[2]}
pagerduty BOT
10:46 AM
${SAY[3]}
`;

export const IRSSI = `--- Log opened Mon Nov 04 10:00:00 2024
10:41 -!- ben [~ben@host] has joined #incident
10:42 <@ben> ${SAY[0]}
10:43 < dana> ${SAY[1]}
10:45 < dana> ${SAY[2]}
10:46 <+pagerduty> ${SAY[3]}
--- Day changed Tue Nov 05 2024
00:10 * dana goes home
`;

export const WEECHAT = `2024-11-04 10:41:00\t-->\tben (~ben@host) has joined #incident
2024-11-04 10:42:00\t@ben\t${SAY[0]}
2024-11-04 10:43:00\tdana\t${SAY[1]}
2024-11-04 10:45:00\tdana\t${SAY[2]}
2024-11-04 10:46:00\tpagerduty\t${SAY[3]}
`;

export const ZNC = `[10:41:00] *** Joins: ben (~ben@host)
[10:42:00] <ben> ${SAY[0]}
[10:43:00] <dana> ${SAY[1]}
[10:45:00] <dana> ${SAY[2]}
[10:46:00] <pagerduty> ${SAY[3]}
`;

export const PLAIN = `[10:42] ben: ${SAY[0]}
[10:43] dana: ${SAY[1]}
10:45 PM dana: ${SAY[2]}
22:46 pagerduty: ${SAY[3]}
`;

export const SLACK_USERS = JSON.stringify([
  {
    id: 'U01BEN',
    name: 'ben.okafor',
    real_name: 'Ben Okafor',
    profile: { real_name: 'Ben Okafor', display_name: 'benny', email: 'ben@acme.example' },
  },
  {
    id: 'U02DANA',
    name: 'dana',
    real_name: 'Dana Ruiz',
    profile: { real_name: 'Dana Ruiz', display_name: 'Dana R', email: 'dana.ruiz@acme.example' },
  },
]);

// 2024-11-04 10:42:00 UTC is 1730716920.
export const SLACK_EXPORT_DAY = JSON.stringify([
  {
    type: 'message',
    subtype: 'channel_join',
    user: 'U01BEN',
    text: '<@U01BEN> has joined the channel',
    ts: '1730716800.000100',
  },
  {
    type: 'message',
    user: 'U01BEN',
    text: 'checkout errors are up, <@U02DANA> can you look at the pool?',
    ts: '1730716920.000200',
  },
  {
    type: 'message',
    user: 'U02DANA',
    text: 'on it, benny. restarting the pool &amp; watching <https://grafana.example/d/pool|the pool board>',
    ts: '1730716980.000300',
  },
  {
    type: 'message',
    subtype: 'bot_message',
    username: 'PagerDuty',
    text: 'Resolved: checkout 5xx',
    ts: '1730717160.000400',
  },
]);

export const GOOGLE_TAKEOUT = JSON.stringify({
  messages: [
    {
      creator: { name: 'Ben Okafor', email: 'ben@acme.example', user_type: 'Human' },
      created_date: 'Monday, November 4, 2024 at 10:42:00 AM UTC',
      text: SAY[0],
    },
    {
      creator: { name: 'Dana Ruiz', email: 'dana.ruiz@acme.example', user_type: 'Human' },
      created_date: 'Monday, November 4, 2024 at 10:43:00 AM UTC',
      text: SAY[1],
    },
  ],
});
