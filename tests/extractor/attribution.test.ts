import {describe, expect, it} from "vitest";
import {loadCodebook} from "../../src/codebook.ts";
import {editedCodebookFile, statementsOf} from "./helpers.ts";

const pick = (body: string, published?: string) =>
  statementsOf(body, published ? {published} : undefined).map(
    ({speaker, actor, channel, disclosure, stance, date, quote}) => ({
      speaker,
      actor,
      channel,
      disclosure,
      stance,
      date,
      quote
    })
  );

describe("who speaks", () => {
  it("finds the speaker after the quote, with the role in the appositive", () => {
    const [s] = pick(
      "“Pakistan has made great sacrifices in the fight against terrorism,” said Wen Lihua, a Chinese foreign ministry spokeswoman."
    );
    expect(s).toMatchObject({speaker: "Wen Lihua", actor: "CN", stance: 2, channel: "public"});
  });

  it("attributes a name it has never seen from the title and nationality around it", () => {
    const [s] = pick("The Chinese ambassador, Zhang Qiwen, said Beijing would stand by Islamabad against terrorism.");
    expect(s).toMatchObject({speaker: "Zhang Qiwen", actor: "CN"});
    const [t] = pick("Pakistani Interior Minister Rahim Baksh told reporters that the militants had been crushed.");
    expect(t).toMatchObject({speaker: "Rahim Baksh", actor: "PK"});
  });

  it("takes the source of 'according to' with its description", () => {
    const [s] = pick("According to Imran Qadir, a Pakistani senator, Beijing had asked Islamabad to act.");
    expect(s).toMatchObject({speaker: "Imran Qadir", actor: "PK"});
  });

  it("refers pronouns and bare descriptions back to the last speaker", () => {
    const rows = pick(
      "Indian Foreign Secretary Anil Mehra said the attack was planned in Pakistan. He added that the group must be banned. The official said more evidence would follow."
    );
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([
      ["Anil Mehra", "IN"],
      ["Anil Mehra", "IN"],
      ["Anil Mehra", "IN"]
    ]);
  });

  it("refers 'he' to a person a sentence has just been about, though they said nothing there", () => {
    const rows = pick(
      "Chinese spokeswoman Wei Jianhong said Pakistan must act against militants. Zhang Ruiqing, the party chief of Kashgar prefecture, went further. In a commentary, he wrote that the militants had found a safe haven beyond China's borders."
    );
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([
      ["Wei Jianhong", "CN"],
      ["Zhang Ruiqing", "CN"]
    ]);
  });

  it("reads capitals and collectives as their states, and a list of states as each of them", () => {
    expect(pick("Beijing condemned the bombing.")[0]).toMatchObject({actor: "CN"});
    expect(pick("Chinese officials urged Pakistan to act.")[0]).toMatchObject({
      actor: "CN",
      speaker: "Chinese officials"
    });
    expect(
      pick("India and the United States have repeatedly urged Pakistan to act against the groups.").map((r) => r.actor)
    ).toEqual(["IN", "US"]);
  });

  it("reads a list of states equal to a body's members as that body", () => {
    const [s] = pick(
      "The leaders of Brazil, Russia, India, China and South Africa condemned the attacks by militant groups."
    );
    expect(s.actor).toBe("BRICS");
  });

  it("does not make a news outlet the actor of its own report", () => {
    const rows = pick("The BBC report added that most of the militants had taken refuge in the tribal areas.");
    expect(rows).toEqual([]);
  });
});

describe("officials without a stated country", () => {
  it("take the country of a place that opens the sentence, with the place as the cue", () => {
    const [s] = statementsOf(
      "In Beijing, foreign ministry spokesman Tian Haoming said Pakistan had made great sacrifices against terrorism.",
      {publisher: "Reuters"}
    );
    expect(s).toMatchObject({speaker: "Tian Haoming", actor: "CN", actor_cue: "In Beijing", stance: 2});
    const [t] = statementsOf("In Islamabad, the Foreign Office said the militants would be dealt with.", {
      publisher: "The Hindu"
    });
    expect(t).toMatchObject({actor: "PK", actor_cue: "In Islamabad"});
  });

  it("take the country of a place their paragraph opens on, and only within that paragraph", () => {
    const rows = statementsOf(
      [
        'In Islamabad, the mood was one of caution. "We will examine the request with care," a foreign ministry spokesman said on Monday.',
        'Beijing has asked for the names of the men. "We have no record of them yet," an interior ministry spokesman said.'
      ].join("\n\n"),
      {publisher: "Global Times", published: "2016-05-04"}
    );
    expect(rows.map((r) => [r.actor, r.actor_cue])).toEqual([
      ["PK", "In Islamabad"],
      ["CN", "Beijing"],
      ["CN", "interior ministry"]
    ]);
  });

  it("take the country the passage has just been about ('Pakistan's handling …') over the last state that spoke", () => {
    const rows = pick(
      "Chinese spokesman Zhou Weiming said Pakistan must punish the attackers. Pakistan's handling of the attack drew criticism at home. Information Minister Asad Khattak told a talk show that there was no evidence of any terrorist act."
    );
    expect(rows.map((r) => [r.speaker, r.actor, r.stance])).toEqual([
      ["Zhou Weiming", "CN", -1],
      ["Asad Khattak", "PK", 1]
    ]);
  });

  it("do not take the country of the one they address ('told a US diplomat that …')", () => {
    const rows = pick(
      "Assistant Foreign Minister Xu Minglang told a US diplomat in November 2009 that China had urged Pakistan to act against militants.",
      "2013-06-10"
    );
    expect(rows.map((r) => r.actor)).not.toContain("US");
    expect(rows.at(-1)).toMatchObject({speaker: "China", actor: "CN", date: "2009-11", stance: -1});
  });

  it("take the place where they spoke ('told reporters in Beijing')", () => {
    const rows = statementsOf(
      "“We ask Pakistan to punish the perpetrators,” foreign ministry spokesman Zhou Weiming told reporters in Beijing. “Nothing can shake our brotherhood,” spokesman Farooq Lodhi told a weekly briefing in Islamabad on Friday.",
      {publisher: "AP", published: "2021-07-17"}
    );
    expect(rows.map((r) => [r.speaker, r.actor, r.actor_cue])).toEqual([
      ["Zhou Weiming", "CN", "in Beijing"],
      ["Farooq Lodhi", "PK", "in Islamabad"]
    ]);
  });

  it("take the country of the office in a title after the name, not of a place in their past", () => {
    const rows = pick(
      "“It is a significant step,” said Vinay Khurana, Secretary (East) in the External Affairs Ministry. Minister of State Rajendra Pathak, a former diplomat who served in Islamabad, said the declaration should end any ambiguity about the militants."
    );
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([
      ["Vinay Khurana", "IN"],
      ["Rajendra Pathak", "IN"]
    ]);
  });

  it("do not take the country of a wire service the article never names", () => {
    const rows = statementsOf("Foreign ministry spokesman Tian Haoming said Pakistan had made great sacrifices.", {
      publisher: "Reuters"
    });
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([["Tian Haoming", "PK"]]);
  });

  it("do not lose their own country to the subject of what they say ('said Pakistan had …')", () => {
    const rows = statementsOf(
      "Pakistan's Foreign Office rejected the report. Spokesman Farooq Lodhi said Pakistan had made great sacrifices.",
      {publisher: "Dawn"}
    );
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([
      ["Pakistan's Foreign Office", "PK"],
      ["Farooq Lodhi", "PK"]
    ]);
  });
});

describe("how news reports speech", () => {
  it("takes a title with its complement and the name in apposition ('X's Permanent Representative to the UN, Y, said')", () => {
    const [s] = pick(
      "India's Permanent Representative to the UN, Vikram Anand Rao, said Pakistan must act against terrorists."
    );
    expect(s).toMatchObject({speaker: "Vikram Anand Rao", actor: "IN"});
  });

  it("does not read the content's subject as a speaker after the verb ('said Pakistan must')", () => {
    const rows = pick("The Indian envoy, Vikram Anand Rao, said Pakistan must act against terrorists.");
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([["Vikram Anand Rao", "IN"]]);
  });

  it("keeps the whole attribution in the span of an inverted quotation ('“…,” said X on Tuesday')", () => {
    const [s] = pick("“Pakistan has made great sacrifices,” said Wang Yi, China's foreign minister, on Tuesday.");
    expect(s.quote).toBe("Pakistan has made great sacrifices,” said Wang Yi, China's foreign minister, on Tuesday.");
  });

  it("reads 'is said to have' as a hedge on the subject's own verb", () => {
    const [s] = pick("A Chinese diplomat is said to have questioned why Pakistan continued to tolerate the militants.");
    expect(s).toMatchObject({actor: "CN"});
    expect(s.quote).toContain("questioned");
  });

  it("reads 'X was quoted as saying' with the quotation before it", () => {
    const [s] = pick(
      "“China has asked us to act against the militants,” Pakistani Foreign Secretary Ali Bukhari was quoted as saying."
    );
    expect(s).toMatchObject({speaker: "Ali Bukhari", actor: "PK"});
  });

  it("skips a participle phrase with its agent between subject and verb, commas and all", () => {
    const [s] = pick(
      "The joint declaration, signed by the presidents of Brazil, Russia, India, China and South Africa last week, lists both militant groups."
    );
    expect(s).toMatchObject({speaker: "The joint declaration", actor: "BRICS"});
  });

  it("reads a position owned by a state ('China's official line was that …')", () => {
    expect(pick("China's official line was that Pakistan had made great sacrifices.")[0]).toMatchObject({
      speaker: "China",
      actor: "CN",
      stance: 2
    });
  });

  it("reads a passive act by its agent ('was put on hold by China')", () => {
    const [s] = pick("The proposal to list the militant leader was put on hold by China.");
    expect(s).toMatchObject({speaker: "China", actor: "CN", stance: 2});
  });

  it("does not make the object of a causative ('attempts to have X listed') the one who acts", () => {
    const rows = pick("Beijing placed holds on India's attempts to have Masood Azhar listed.");
    expect(rows.map((r) => r.speaker)).toEqual(["Beijing"]);
    expect(rows[0]).toMatchObject({actor: "CN", stance: 2});
  });

  it("reads 'it said' after a paper spoke as the paper's own voice, not the last state's", () => {
    const rows = pick(
      "Pakistan's foreign office said it would act against militants. The Global Times said in an editorial that India was politicising the issue. “If India provided solid evidence, China would consider it,” it said."
    );
    expect(rows.map((r) => r.speaker)).toEqual(["Pakistan's foreign office"]);
  });

  it("gives an analyst no state, keeps what they relay of a state, and drops their forecasts", () => {
    const rows = pick(
      "Liang Wenjie, a Pakistani researcher at an institute in Shanghai, said Chinese security officials visiting Pakistan were more blunt than ever and had warned Islamabad to act against militants. “Beijing will push hard behind closed doors,” said Ayesha Rafiq, a security analyst."
    );
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([["Chinese security officials", "CN"]]);
    expect(
      pick(
        "Officials in Islamabad said the militants had been crushed. “Beijing rarely says this kind of thing in public,” said Farhan Siddiqui, a security analyst in Lahore."
      ).map((r) => r.speaker)
    ).toEqual(["Officials in Islamabad"]);
  });

  it("refers 'the official' back to an unnamed official who relayed a state's words", () => {
    const rows = pick(
      "A senior Pakistani official, who spoke on condition of anonymity, said Beijing had been furious in private calls. Interior Minister Naveed Anjum said the attack was under investigation. “They told us plainly that they wanted action,” the official said."
    );
    expect(rows.at(-1)).toMatchObject({speaker: "A senior Pakistani official", actor: "PK", disclosure: "anonymous"});
  });

  it("takes the one quoted, not the outlet quoting", () => {
    expect(pick("Xinhua quoted Wang Yi as saying that China firmly supports Pakistan.")[0]).toMatchObject({
      speaker: "Wang Yi",
      actor: "CN",
      disclosure: "report"
    });
  });

  it("reads hedged reports ('is understood to have told') as reports, not as private", () => {
    expect(pick("Beijing is understood to have told Islamabad to hunt down the attackers.")[0]).toMatchObject({
      actor: "CN",
      channel: "public",
      disclosure: "report",
      stance: -1
    });
  });

  it("reads 'the Chinese side' and 'officials in Beijing' as China", () => {
    expect(pick("The Chinese side expressed concern over the attacks on its nationals.")[0]).toMatchObject({
      actor: "CN",
      stance: -1
    });
    expect(pick("Officials in Beijing say they have pressed Pakistan to act against the militants.")[0]).toMatchObject({
      actor: "CN",
      stance: -1
    });
  });

  it("keeps state media out of the actors", () => {
    expect(pick("Chinese state media said the attack was an act of terrorism.")).toEqual([]);
  });
});

describe("nested and relayed attribution", () => {
  it("codes a private message known through a leaked account as that state's, private, leak", () => {
    const rows = pick(
      "Dawn reported that the foreign secretary told the meeting that Chinese authorities had conveyed their concern over the militant groups."
    );
    const china = rows.find((r) => r.actor === "CN");
    expect(china).toMatchObject({channel: "private", disclosure: "leak"});
    expect(rows.find((r) => r.actor === "PK")).toBeDefined();
  });

  it("codes what an unnamed source relays as anonymous, but not an unnamed spokeswoman's own words", () => {
    expect(pick("A Western diplomat at the UN said China had resisted naming the groups.")[0]).toMatchObject({
      speaker: "China",
      channel: "private",
      disclosure: "anonymous"
    });
    expect(
      pick("A Chinese foreign ministry spokeswoman told a regular briefing that Pakistan had made great sacrifices.")[0]
    ).toMatchObject({actor: "CN", channel: "public", disclosure: "on_record"});
  });

  it("codes a state's act reported by anonymous sources as private and anonymous", () => {
    const [s] = pick("People familiar with the matter said China blocked the listing at the Security Council.");
    expect(s).toMatchObject({actor: "CN", channel: "private", disclosure: "anonymous", stance: 2});
  });

  it("keeps 'reportedly' from making a public remark private", () => {
    const [s] = pick(
      "Chinese Foreign Minister Wang Yi reportedly told reporters that Pakistan had made important contributions to peace."
    );
    expect(s).toMatchObject({actor: "CN", channel: "public", disclosure: "report", stance: 2});
  });

  it("reads 'privately', 'conveyed' and closed-door meetings as private", () => {
    expect(pick("Chinese diplomats privately pressed Islamabad to act against the militants.")[0].channel).toBe(
      "private"
    );
    expect(pick("Beijing conveyed its displeasure to Pakistan over the attack on its workers.")[0].channel).toBe(
      "private"
    );
  });
});

describe("what is not a statement", () => {
  it("skips the author's questions, hypotheticals and negated acts", () => {
    expect(pick("Will China ever press Pakistan to act? Beijing could urge Islamabad to act.")).toEqual([]);
    expect(pick("The statement did not name Pakistan.")).toEqual([]);
  });

  it("reads a verb form after a number as a noun ('the 1267 sanctions committee')", () => {
    const rows = statementsOf(
      "The UN Security Council's 1267 sanctions committee on Wednesday added the militant to its list."
    );
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([
      ["The UN Security Council's 1267 sanctions committee", "UN"]
    ]);
  });

  it("ends a clause set off by commas at its closing comma ('China, which calls …, blocked …')", () => {
    const rows = statementsOf(
      "China, which calls Pakistan its iron brother, blocked efforts to list the militant leader four times before relenting in May 2019.",
      {published: "2023-09-14"}
    );
    expect(rows.map((r) => [r.stance, r.date])).toEqual([
      [1, "2023-09"],
      [2, "2019-05"]
    ]);
    expect(rows[0].quote).toBe("China, which calls Pakistan its iron brother");
    expect(rows[1].quote).toContain("blocked efforts to list the militant leader");
  });

  it("skips participles and nouns that look like verbs", () => {
    expect(pick("Defending the move, the analysts wrote nothing. The UN ban remains in force.")).toEqual([]);
  });
});

describe("stance", () => {
  it("reads stance-bearing acts without quotation marks", () => {
    expect(pick("China vetoed the resolution to list the militant leader.")[0]).toMatchObject({
      actor: "CN",
      stance: 2,
      channel: "public"
    });
    expect(pick("China put a technical hold on the proposal to designate the militant leader.")[0].stance).toBe(2);
    expect(pick("Beijing summoned the Pakistani ambassador over the attack on Chinese engineers.")[0].stance).toBe(-2);
  });

  it("reads attacks from the target's soil, groups hiding there and a matter taken up as pressure", () => {
    const cueOf = (body: string) =>
      statementsOf(body).map(({actor, stance, stance_cue}) => ({actor, stance, stance_cue}));
    expect(cueOf("Afghanistan's envoy said the group had launched repeated raids from Pakistani territory.")).toEqual([
      {actor: "AF", stance: -2, stance_cue: "from Pakistani territory"}
    ]);
    expect(
      cueOf(
        "Chinese police said the bombers had trained with ETIM commanders sheltering in the border districts of Pakistan."
      )
    ).toEqual([
      {actor: "CN", stance: -1, stance_cue: "ETIM commanders sheltering in the border districts of Pakistan"}
    ]);
    expect(
      cueOf("The Afghan foreign minister said Kabul would take up the issue of the militant attacks with Islamabad.")
    ).toEqual([{actor: "AF", stance: -1, stance_cue: "take up the issue"}]);
  });

  it("lets a longer cue override the shorter one inside it", () => {
    expect(pick("China lifted its technical hold on the listing of the militant leader.")[0]).toMatchObject({
      actor: "CN",
      stance: -1
    });
    expect(
      pick(
        "China's foreign ministry condemned the attack and called on Pakistan to bring the perpetrators to justice."
      )[0].stance
    ).toBe(-1);
  });

  it("flips a cue under negation", () => {
    expect(
      pick("Sources said China did not want any reference to Jaish-e-Mohammad in the statement.")[0].stance
    ).toBeGreaterThan(0);
  });

  it("counts a negated cue as ±1, with the negation in the cue", () => {
    const [s] = statementsOf(
      "Chinese envoy Zhou Lianfeng said China did not oppose the listing of the militant leader."
    );
    expect(s).toMatchObject({actor: "CN", stance: -1, stance_cue: "not oppose the listing"});
  });

  it("reads a state's reported displeasure as its own private statement", () => {
    const [s] = pick(
      "A senior Pakistani official, speaking on condition of anonymity, said Beijing had been furious in private calls."
    );
    expect(s).toMatchObject({speaker: "Beijing", actor: "CN", channel: "private", stance: -1});
  });

  it("reads denials of a charge as defending the target, and backing a listing as pressing it", () => {
    expect(pick("Islamabad rejected the charge outright.")[0]).toMatchObject({actor: "PK", stance: 1});
    expect(
      pick("Chinese negotiators had initially resisted naming the groups, an Indian official said.")[0]
    ).toMatchObject({actor: "CN", stance: 2});
    expect(pick("Russia and Brazil backed the listing.").map((r) => [r.actor, r.stance])).toEqual([
      ["RU", -1],
      ["BR", -1]
    ]);
  });

  it("reads welcoming by what is welcomed: a listing presses the target, the target's efforts support it", () => {
    expect(pick("Indian envoy Vikram Rao welcomed the listing of the militant leader.")[0].stance).toBe(-1);
    expect(pick("China welcomed Pakistan's efforts against terrorism.")[0].stance).toBe(1);
    expect(pick("Pakistan, for its part, welcomed the decision.")[0].stance).toBe(1);
  });

  it("reads hyphenated cues as written ('all-weather friends')", () => {
    const [s] = pick("“China and Pakistan are all-weather friends,” Chinese spokeswoman Wei Jianhong said.");
    expect(s).toMatchObject({actor: "CN", stance: 1});
  });

  it("codes remarks on another subject as 0", () => {
    expect(pick("China welcomed Pakistan's decision to speed up work on the economic corridor.")[0].stance).toBe(0);
  });
});

describe("target", () => {
  it("is China when another state speaks of China, and stays Pakistan when Pakistan speaks of China", () => {
    const [india] = statementsOf("Indian spokesman Vikas Rao said the decision by China was surprising.");
    expect(india).toMatchObject({actor: "IN", target: "CN"});
    const [pakistan] = statementsOf(
      "Pakistani spokesman Ali Raza said Pakistan and China enjoy complete understanding on terrorism."
    );
    expect(pakistan).toMatchObject({actor: "PK", target: "PK"});
  });

  it("is the state a charge is laid on by name, unless the clause first speaks of the target", () => {
    const [accusation] = statementsOf(
      "Ministers in Islamabad have accused Iran's intelligence service of arming the rebels."
    );
    expect(accusation).toMatchObject({actor: "PK", target: "IR", stance: -2, stance_cue: "accused Iran"});
    const [rejection] = statementsOf(
      "The spokesman rejected as baseless the allegations against Pakistan and accused Iran of meddling."
    );
    expect(rejection).toMatchObject({target: "PK", stance: 1});
  });

  it("is the state that denies a charge hung on before it ('a charge Tehran denies')", () => {
    const rows = statementsOf("Pakistani officials accused Iran of arming the rebels, a charge Tehran denies.");
    expect(rows.map((r) => [r.actor, r.target, r.stance])).toEqual([
      ["PK", "IR", -2],
      ["IR", "IR", 1]
    ]);
    expect(rows[1].quote).toBe("Tehran denies.");
  });
});

describe("dates", () => {
  it("dates a statement by the words of its clause, not the publication", () => {
    expect(pick("Last month, China urged Pakistan to act.", "2017-09-07")[0].date).toBe("2017-08");
    expect(pick("On Friday, China blocked the listing.", "2016-12-31")[0].date).toBe("2016-12-30");
  });

  it("carries a chained date from the sentence before in the same paragraph", () => {
    const rows = pick(
      "Yang met Tillerson on August 23. A day earlier, Hua Chunying said Pakistan had made great sacrifices.",
      "2017-09-07"
    );
    expect(rows.at(-1)?.date).toBe("2017-08-22");
  });

  it("dates what an outlet reports no more precisely than the month of the report", () => {
    const rows = statementsOf(
      "Pakistan's foreign secretary told a closed-door meeting that China had conveyed serious concerns about the banned Jaish-e-Mohammad, Dawn reported on Tuesday.",
      {published: "2018-02-22"}
    );
    expect(rows.map((r) => [r.actor, r.date])).toEqual([
      ["PK", "2018-02"],
      ["CN", "2018-02"]
    ]);
    expect(rows[1]).toMatchObject({stance: -1, stance_cue: "concerns about the banned Jaish-e-Mohammad"});
  });

  it("chains 'that same week' to the date just mentioned", () => {
    const rows = pick(
      "The envoy met Pakistani officials on June 3, 2011. That same week, the Chinese envoy told Pakistan to act against militants.",
      "2013-06-10"
    );
    expect(rows.at(-1)).toMatchObject({actor: "CN", date: "2011-06"});
  });

  it("does not date a statement by a relative clause about its speaker", () => {
    const [s] = pick(
      "Chinese spokeswoman Wei Jianhong, who took up the post in March, said on Tuesday that Pakistan must act.",
      "2014-06-04"
    );
    expect(s.date).toBe("2014-06-03");
  });

  it("gives one row per date when a clause counts several acts", () => {
    const rows = statementsOf("China had twice, in April and October, imposed a technical hold on the proposal.", {
      published: "2016-12-31"
    });
    expect(rows.map((r) => [r.date, r.date_cue])).toEqual([
      ["2016-04", "April; October"],
      ["2016-10", "April; October"]
    ]);
  });
});

describe("the target speaking of itself", () => {
  it("defends its record when it presses nobody", () => {
    const [s] = pick(
      "Pakistan's Foreign Office spokeswoman Nadia Qamar said the country had fulfilled every obligation."
    );
    expect(s).toMatchObject({actor: "PK", stance: 1});
  });

  it("pledges, rather than is pressed, when it speaks of action it will take", () => {
    const [s] = pick("Pakistan's interior minister Javed Lone said the attackers would be brought to justice.");
    expect(s).toMatchObject({actor: "PK", stance: 1});
    const [t] = statementsOf("China's foreign ministry said the attackers must be brought to justice.");
    expect(t).toMatchObject({actor: "CN", stance: -1});
    const [u] = statementsOf(
      "Pakistan's Foreign Office spokeswoman Nadia Qamar said Pakistan had no objection to the listing."
    );
    expect(u).toMatchObject({actor: "PK", stance: 1, stance_cue: "no objection"});
  });

  it("still presses itself when an official urges his own government", () => {
    const [s] = pick("Pakistani senator Imran Qadir said the country had to put its house in order.");
    expect(s).toMatchObject({actor: "PK", stance: -2});
  });
});

describe("what is not a statement", () => {
  it("drops refusals to speak", () => {
    expect(pick("Pakistan said it would help. A military spokesman declined to comment on the trip.")).toHaveLength(1);
    expect(pick("China blocked the bid. Its spokesman, Li Wen, said he would not comment on the talks.")).toHaveLength(
      1
    );
    expect(
      pick("India protested. The Chinese embassy did not respond to a request for comment on the meeting.")
    ).toHaveLength(1);
    expect(
      pick(
        "China's spokesman Liang Wei spoke on Tuesday. Asked about Pakistan, Liang said he had nothing further to add."
      )
    ).toHaveLength(0);
  });
});

describe("offices named without a country", () => {
  it("keeps the country an office was first found to have", () => {
    const rows = pick(
      "In Islamabad, the Foreign Office welcomed the decision. China's envoy Li Wen praised the ruling.\n\n“The process must not be politicised,” Foreign Office spokesman Tariq Baig said."
    );
    expect(rows.at(-1)).toMatchObject({speaker: "Tariq Baig", actor: "PK"});
  });

  it("reads a national paper's unqualified ministry as its own country's", () => {
    const rows = statementsOf(
      "China said it needed more time. Pakistan has denied the charge.\n\nChina later repeated its position. The interior ministry announced that 40 members of banned groups had been detained.",
      {publisher: "Dawn"}
    );
    expect(rows.at(-1)).toMatchObject({speaker: "The interior ministry", actor: "PK"});
  });

  it("does not take 'the ministry' back to an unnamed office that spoke before a named one", () => {
    const rows = pick(
      "The interior ministry announced arrests.\n\nIn New Delhi, the Ministry of External Affairs said it was disappointed.\n\n“This has prevented the listing of a terrorist,” the ministry said in a statement."
    );
    expect(rows.at(-1)).toMatchObject({actor: "IN", quote: expect.stringContaining("This has prevented")});
  });
});

describe("stance cues in their inflected forms", () => {
  it("reads blocks of several bids, disappointment, requests for more time and additions to a list", () => {
    expect(pick("China had blocked similar bids in 2009 and 2016.")[0]).toMatchObject({actor: "CN", stance: 2});
    expect(pick("India's foreign ministry said it was disappointed by the outcome.")[0]).toMatchObject({stance: -1});
    expect(pick("China's spokesman Ma Lin said China needed more time to study the case.")[0]).toMatchObject({
      stance: 1
    });
    expect(pick("The UN sanctions committee said the commander had been added to the list.")[0]).toMatchObject({
      actor: "UN",
      stance: -1
    });
  });
});

describe("channel from what the text says of its source", () => {
  it("codes what a released readout or statement tells as public, even of a call with a counterpart", () => {
    const [s] = statementsOf(
      "According to a readout released by the Chinese foreign ministry, China’s foreign minister told his Pakistani counterpart that the attackers must be hunted down."
    );
    expect(s).toMatchObject({actor: "CN", channel: "public", channel_cue: "readout"});
  });

  it("reads meetings behind closed doors in the plural, and not the channel a question opening the sentence names", () => {
    const [closed] = statementsOf(
      "Chinese officials pressed their Pakistani counterparts in closed meetings to act against the militants."
    );
    expect(closed).toMatchObject({actor: "CN", channel: "private", channel_cue: "closed meetings"});
    const [answer] = statementsOf(
      'Asked about the private talks, the Chinese foreign ministry spokesman said on Monday that China "firmly supports Pakistan\'s fight against terrorism".'
    );
    expect(answer).toMatchObject({actor: "CN", channel: "public", channel_cue: "spokesman"});
  });

  it("keeps an anonymous source's later 'the people said' anonymous and private", () => {
    const rows = statementsOf(
      "In meetings late last month, Chinese officials demanded that the attackers be punished, according to two people familiar with the matter.\n\nThey also pressed for Chinese guards to be allowed to protect Chinese citizens in Pakistan, the people said."
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({actor: "CN", channel: "private", stance_cue: "pressed for"});
  });
});

describe("offices and the statements they issue", () => {
  it("reads 'issued a statement praising' as the issuer's statement", () => {
    const [s] = pick("The Chinese embassy issued a statement praising Pakistan's great efforts and sacrifices.");
    expect(s).toMatchObject({actor: "CN", stance: 2});
  });

  it("takes a bare 'embassy spokesman' to the embassy named before, not to the paper's country", () => {
    const rows = statementsOf(
      "Pakistan's senators met on Tuesday. The Chinese embassy in Islamabad issued a statement on Wednesday.\n\n“There is no rift between the two sides,” embassy spokesman Chen Wei said in the statement.",
      {publisher: "Dawn"}
    );
    expect(rows.at(-1)).toMatchObject({speaker: "Chen Wei", actor: "CN", actor_cue: "embassy"});
  });
});

describe("collectives", () => {
  it("does not make diplomats posted in a capital that state's, and lets 'they' refer to them", () => {
    const rows = pick(
      "Two Pakistani officials said on condition of anonymity that the talks went well.\n\nDiplomats in Islamabad painted a different picture. They said Chinese officials had privately asked Pakistan to hand over militants."
    );
    expect(rows.at(-1)).toMatchObject({actor: "CN", channel: "private"});
    expect(rows.filter((r) => r.actor === "PK")).toHaveLength(1);
  });

  it("still makes officials in a capital that state's", () => {
    const [s] = pick("Officials in Beijing said Pakistan must act against the militants.");
    expect(s).toMatchObject({actor: "CN"});
  });
});

describe("clauses joined to others", () => {
  it("gives a verb coordinated with a non-reporting verb that verb's subject", () => {
    const [s] = pick("Chinese leaders hosted the Pakistani prime minister and praised Pakistan's great sacrifices.");
    expect(s).toMatchObject({actor: "CN", stance: 2});
  });

  it("keeps a clause set against another by 'while' apart, at the time the sentence opened on", () => {
    const rows = pick(
      "In May, Chinese leaders praised Pakistan's great sacrifices, while Washington questioned whether Pakistan had known where the militants were hiding.",
      "2011-08-02"
    );
    expect(rows.map((r) => [r.actor, r.stance, r.date])).toEqual([
      ["CN", 2, "2011-05"],
      ["US", -2, "2011-05"]
    ]);
    expect(rows[0].quote).not.toContain("Washington");
  });
});

describe("acts at the UN", () => {
  it("reads a passive listing with a reflexive, a committee named by its number and 'the committee' after it", () => {
    const rows = pick(
      "The UN's 1267 committee met on Monday. LeT was itself listed by the 1267 committee in 2005. The committee finally designated the JeM founder in May 2019.",
      "2023-01-17"
    );
    expect(rows.map((r) => [r.actor, r.stance, r.date])).toEqual([
      ["UN", -1, "2005"],
      ["UN", -1, "2019-05"]
    ]);
  });

  it("reads a proposal by named states as each one's act, inside the hold placed on it", () => {
    const rows = pick(
      "In June, Beijing placed a hold on a joint proposal by the United States and India to designate the group's deputy chief.",
      "2022-08-12"
    );
    expect(rows.map((r) => [r.actor, r.stance, r.date])).toEqual([
      ["CN", 2, "2022-06"],
      ["US", -1, "2022-08"],
      ["IN", -1, "2022-08"]
    ]);
    expect(rows[1].quote).toMatch(/^a joint proposal by the United States and India to designate/);
  });

  it("reads a listing proposal submitted by several states as each one's act", () => {
    const rows = pick(
      "India and the US submitted the listing proposal to the committee in June last year.",
      "2023-01-17"
    );
    expect(rows.map((r) => [r.actor, r.stance, r.date])).toEqual([
      ["IN", -1, "2022-06"],
      ["US", -1, "2022-06"]
    ]);
  });
});

describe("questions put to the speaker", () => {
  it("reads the answer after 'Asked whether …,' and not the question", () => {
    const rows = pick(
      'Pakistan\'s Foreign Office spokeswoman Tehmina Aziz spoke on Tuesday. Asked whether Beijing had sought the handover of any suspects, she said: "No such request has been made to us."'
    );
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([["Tehmina Aziz", "PK"]]);
    expect(rows[0].quote).toMatch(/^Asked whether/);
  });
});

describe("acts and the reactions told with them", () => {
  it("does not make a reaction told inside an act's sentence part of the act's span", () => {
    const rows = pick(
      "China on Friday blocked the proposal to list the militant leader, drawing a sharp reaction from India which termed it an unfortunate blow.",
      "2016-12-31"
    );
    expect(rows.map((r) => r.actor)).toEqual(["CN", "IN"]);
    expect(rows[0].quote).not.toContain("termed");
  });
});

describe("the country of an official the sentence does not name", () => {
  it("takes the state of the sentence before's subject over a state it only mentions", () => {
    const rows = pick(
      'In Beijing, the Chinese Foreign Ministry came to Pakistan\'s defence on Monday. "Pakistan has made great sacrifices," spokeswoman Lin Meixiang told a regular press briefing.'
    );
    expect(rows.at(-1)).toMatchObject({speaker: "Lin Meixiang", actor: "CN"});
  });

  it("reads a national paper's unqualified official as its own country's, not the last state to speak", () => {
    const rows = statementsOf(
      "Chinese negotiators objected to naming the groups, Indian officials said on condition of anonymity.\n\nThe final text named other groups.\n\nBriefing reporters, Foreign Secretary Arvind Sethuraman said India was a victim of terrorism.",
      {publisher: "The Hindu"}
    );
    expect(rows.at(-1)).toMatchObject({speaker: "Arvind Sethuraman", actor: "IN"});
  });

  it("does not defend the target's record when its official tells what another state said", () => {
    const rows = statementsOf(
      "Pakistan's interior minister Khalid Awan told the cabinet that Chinese officials had conveyed their serious displeasure."
    );
    expect(rows.find((r) => r.actor === "PK")?.stance).not.toBe(1);
  });
});

describe("dates of what a report tells", () => {
  it("keeps the day the reported clause gives, not the month of the report", () => {
    const [s] = statementsOf(
      "Dawn reported Thursday that Pakistan's interior minister Khalid Awan told a cabinet meeting late Wednesday that the country would act.",
      {published: "2021-07-16"}
    );
    expect(s).toMatchObject({actor: "PK", date: "2021-07-14"});
  });
});

describe("what the author asks or supposes", () => {
  it("drops acts in the author's own question and in a conditional clause", () => {
    expect(pick("If the militant leader was shielded by Pakistan, does this suggest a policy?")).toEqual([]);
    expect(pick("If China blocks the listing again, India will go to the Security Council.")).toEqual([]);
  });

  it("keeps a question the speaker asked in quotation marks", () => {
    const [s] = pick("“Why did it take fifteen months?” India's envoy Vikram Rao asked.");
    expect(s).toMatchObject({speaker: "Vikram Rao", actor: "IN"});
  });
});

describe("holds, objections and shields", () => {
  it("reads an extended hold and a shield as +2, an objection as support", () => {
    expect(pick("China extended its hold by three months.")[0]).toMatchObject({actor: "CN", stance: 2});
    expect(pick("For a decade China shielded the militant leader.")[0]).toMatchObject({actor: "CN", stance: 2});
    expect(pick("China initially objected, according to media reports.")[0]).toMatchObject({actor: "CN", stance: 1});
  });
});

describe("dates relative to an event", () => {
  it("dates 'hours after the blast' by the blast told before", () => {
    const rows = statementsOf(
      "The blast on Wednesday killed nine Chinese nationals.\n\nOn Thursday, officials met. Hours after the blast, Pakistan's information minister Ahsan Rana told reporters that a gas leak had caused it.",
      {published: "2021-07-16"}
    );
    expect(rows.at(-1)).toMatchObject({speaker: "Ahsan Rana", date: "2021-07-14", date_cue: "Hours after the blast"});
  });
});

describe("sources referred to again", () => {
  it("reads 'One of them said' as one of the anonymous group, and the relative clause that withholds them as nothing", () => {
    const rows = statementsOf(
      "Chinese officials demanded punishment, according to two people familiar with the matter.\n\nOne of them, who asked not to be named, said a senior Chinese diplomat had asked why warnings were ignored."
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({actor: "CN", channel: "private", disclosure: "anonymous", stance: -1});
  });

  it("reads 'it said' after a sentence about a state's office as that office, when nobody spoke since", () => {
    const rows = statementsOf(
      [
        "Chinese spokeswoman Lin Meixiang said on Monday that Beijing mourned the victims.",
        "Afghanistan's foreign ministry was less restrained. The bombing, it said in a statement, proved that militants still found shelter across the border.",
        "Beijing's reply was cautious. It said the matter would be discussed privately."
      ].join(" "),
      {published: "2015-03-04"}
    );
    expect(rows.map((r) => [r.speaker, r.actor, r.actor_cue])).toEqual([
      ["Lin Meixiang", "CN", "Chinese"],
      ["Afghanistan's foreign ministry", "AF", "Afghanistan"],
      // "Beijing's reply": a state that owns what the sentence is about is not what "it" stands for.
      ["Afghanistan's foreign ministry", "AF", "Afghanistan"]
    ]);
  });

  it("reads an office introduced by 'its' as the office of the state the sentence is about", () => {
    const [, row] = statementsOf(
      "Pakistan's Foreign Office said the report was baseless. Beijing moved quickly to calm the row, and within days its foreign ministry was praising Pakistan's \"great sacrifices\" in the fight against terrorism.",
      {publisher: "Dawn", published: "2015-03-04"}
    );
    expect(row).toMatchObject({speaker: "its foreign ministry", actor: "CN", actor_cue: "its foreign ministry"});
  });

  it("takes a name after a title's abbreviation in an appositive, so that 'he' finds it", () => {
    const rows = statementsOf(
      "Pakistan's army chief, Gen. Khalid Awan, visited the embassy on Wednesday. He assured the ambassador that the attackers would be brought to justice.",
      {published: "2024-03-28"}
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({speaker: "Khalid Awan", actor: "PK", stance: 1, date: "2024-03-27"});
  });
});

describe("commentators by what they are part of", () => {
  it("makes a speaker at a university or institute, or with an exile group, speak for no state", () => {
    expect(
      pick("“Beijing is caught in a bind,” said Daniel Whitcombe, who follows the region at an institute in London.")
    ).toEqual([]);
    expect(
      pick(
        'The World Uyghur Congress, a Germany-based exile group, rejected the charges. "The confessions were extracted under torture," its spokesman Alim Dolkun said.'
      )
    ).toEqual([]);
    expect(
      pick("“China will not change course,” said Harsh Tandon, who teaches at Jawaharlal Nehru University.")
    ).toEqual([]);
  });

  it("still attributes an official who once studied at a university to the state", () => {
    const [s] = pick("China's foreign ministry spokesman Liang Wei said Pakistan had made great sacrifices.");
    expect(s).toMatchObject({actor: "CN", stance: 2});
  });
});

describe("more ways of saying", () => {
  it("reads dismissals and attributions as statements, and interlocutors as a collective", () => {
    expect(pick("Pakistan's information ministry dismissed the report as baseless propaganda.")[0]).toMatchObject({
      actor: "PK",
      stance: 1
    });
    expect(
      pick("Chinese interlocutors are said to have told Indian diplomats that China would not lift the hold.")[0]
    ).toMatchObject({
      actor: "CN"
    });
    expect(pick("He was designated a terrorist by the US Treasury Department in 2010.")[0]).toMatchObject({
      actor: "US",
      stance: -1,
      date: "2010"
    });
  });
});

describe("acts told by a participle", () => {
  it("makes an act after 'before' or 'after' a statement of the main clause's subject, at its own date", () => {
    const rows = pick("China blocked the proposal four times before lifting its objection in May 2019.", "2021-09-10");
    expect(rows.map((s) => [s.actor, s.stance, s.date, s.quote])).toEqual([
      ["CN", 2, "2021-09", "China blocked the proposal four times"],
      ["CN", -1, "2019-05", "before lifting its objection in May 2019."]
    ]);
  });

  it("leaves a participle after any other word to the clause it belongs to", () => {
    expect(pick("China blocked the proposal, citing the need for more time.", "2021-09-10")).toHaveLength(1);
  });
});

describe("another state's act in a speaker's words", () => {
  it("does not read a shielding act owned by another state as the speaker's stance", () => {
    const [s] = pick(
      "“China’s technical hold on the listing of the Pakistan-based terrorist is regrettable,” India’s foreign ministry said."
    );
    expect(s).toMatchObject({actor: "IN", stance: -1});
  });

  it("still reads the speaker's own act as theirs", () => {
    const [s] = pick("China's foreign ministry said Beijing's technical hold was a principled stand.");
    expect(s).toMatchObject({actor: "CN", stance: 2});
  });
});

describe("the two states of a passage", () => {
  it("gives 'the two sides' and 'both sides' the two states named last, one row each", () => {
    const rows = pick(
      "Chinese Premier Tang Guoliang met Pakistan's Prime Minister Farrukh Khan in Islamabad on Thursday. The two sides reaffirmed their resolve to fight terrorism."
    );
    expect(rows.map((r) => r.actor)).toEqual(["CN", "PK"]);
    expect(pick("China and Pakistan held talks on Thursday. Both sides vowed to fight terrorism.")).toHaveLength(2);
  });

  it("codes nothing for 'both sides' when the passage has named fewer than two states", () => {
    expect(pick("Talks were held on Thursday. Both sides vowed to fight terrorism.")).toEqual([]);
  });
});

describe("messages to another government's people", () => {
  it("codes a question or pressure put to another state's officials as private", () => {
    const rows = pick(
      "Ambassador Liang Wenbo of China asked Pakistan's interior secretary on Monday why there had been no convictions. China's foreign minister pressed Pakistani leaders during a visit to Islamabad to act against the group."
    );
    expect(rows.map((r) => [r.actor, r.channel, r.stance])).toEqual([
      ["CN", "private", -1],
      ["CN", "private", -1]
    ]);
  });

  it("leaves a state urged by name, or a cue that says where, to decide", () => {
    expect(pick("China urged Pakistan to act against the group.")[0].channel).toBe("public");
    expect(
      pick("China's spokesman told a press conference that Pakistani officials had been briefed.")[0].channel
    ).toBe("public");
  });
});

describe("outlets the codebook knows", () => {
  it("gives a titled official without a country the country of a Lahore weekly, or of an Indian channel", () => {
    const body =
      "China has defended Pakistan at the UN, and China's envoy has praised it. The meeting lasted three hours.\n\nThe Chief Minister of Punjab, Malik Shahid Aslam, complained that arrests were always undone.";
    expect(statementsOf(body, {publisher: "The Friday Times"}).at(-1)).toMatchObject({actor: "PK"});
    const mea =
      "China has blocked the listing again, and China's envoy has defended the hold. India has protested. The session lasted an hour.\n\nForeign Secretary Arvind Rao said the decision was disappointing.";
    expect(statementsOf(mea, {publisher: "WION"}).at(-1)).toMatchObject({actor: "IN"});
  });
});

describe("a perfect participle after a comma", () => {
  it("makes 'having blocked … in 2009, 2016 and 2017' the subject's own acts, one per year", () => {
    const rows = pick(
      "China placed a technical hold on the proposal on Wednesday, having blocked similar bids in 2009, 2016 and 2017.",
      "2019-03-14"
    );
    expect(rows.map((r) => [r.stance, r.date])).toEqual([
      [2, "2019-03-13"],
      [2, "2009"],
      [2, "2016"],
      [2, "2017"]
    ]);
  });

  it("reads a renewed hold as an act that shields", () => {
    expect(pick("China renewed the hold at the sanctions committee this month.")[0]).toMatchObject({
      actor: "CN",
      stance: 2
    });
  });
});

describe("militant groups as speakers", () => {
  it("codes no statement for a group's claim, whatever its description names", () => {
    expect(
      pick(
        "The Balochistan Liberation Army (BLA), a separatist group that opposes Chinese-funded projects in the southwestern province, claimed responsibility. The BLA said it carried out the attack."
      )
    ).toEqual([]);
  });

  it("still codes a state's official who tells what a group did", () => {
    expect(pick("Jaish-e-Mohammad claimed the attack, Pakistan's interior minister said.")[0]).toMatchObject({
      actor: "PK"
    });
  });
});

describe("words reported before their source", () => {
  it("does not read the states named in the words reported as the source's description", () => {
    const rows = pick(
      "Pakistan's prime minister visited the Chinese Embassy on Wednesday to offer his condolences, his office said."
    );
    expect(rows.filter((r) => r.actor === "CN")).toEqual([]);
  });
});

describe("people named with a state's title in a sentence that reports nothing", () => {
  it("knows them by name later, with their state", () => {
    const rows = pick(
      "The show of support came as Pakistan's prime minister, Ahsan Raza Qureshi, began a four-day visit to Beijing on Tuesday.\n\nChina praised Pakistan's great sacrifices.\n\nQureshi, for his part, called China Pakistan's “most trusted friend”."
    );
    expect(rows.at(-1)).toMatchObject({speaker: "Ahsan Raza Qureshi", actor: "PK"});
  });
});

describe("documents the article calls leaked", () => {
  it("codes what a leaked document tells, paragraphs later, as private and leaked", () => {
    const rows = pick(
      "China has thrown its weight behind Pakistan, according to a leaked US diplomatic cable.\n\nThe cable was sent from Beijing in August 2009. According to the cable, Liu told the American diplomat that Beijing had repeatedly urged Pakistani leaders to rein in militant groups.",
      "2011-05-18"
    );
    expect(rows.at(-1)).toMatchObject({actor: "CN", channel: "private", disclosure: "leak", date: "2009-08"});
  });

  it("leaves a document nobody called leaked to its own cues", () => {
    const rows = pick(
      "China issued a statement on Monday.\n\nAccording to the statement, Beijing had urged Pakistan to act against the militants."
    );
    expect(rows.at(-1)).toMatchObject({channel: "public"});
  });
});

describe("a day counted from an event", () => {
  it("counts 'the day after the raid' from the raid's own date, not from the date given last", () => {
    const rows = pick(
      "US special forces killed the al-Qaida leader in a raid on 2 May. Several officials discussed the raid on Saturday. The White House adviser said the day after the raid that militants had a support system inside Pakistan.",
      "2011-05-18"
    );
    expect(rows.at(-1)?.date).toBe("2011-05-03");
  });
});

describe("subjects described by who leads them, and sources counted but not named", () => {
  it("finds the subject before 'led by …', and reads 'two Pakistani officials said' as an anonymous relay", () => {
    const rows = pick(
      "A Chinese delegation led by a senior diplomat from the embassy conveyed China's “serious concern” on Tuesday, two Pakistani officials said."
    );
    expect(rows.map((r) => [r.actor, r.channel, r.disclosure, r.stance])).toEqual([["CN", "private", "anonymous", -1]]);
  });
});

describe("forces without a stated country", () => {
  it("gives police the state whose territory the sentence is in", () => {
    const [s] = pick(
      "A suicide bomber rammed a car into a convoy carrying Chinese engineers in northwestern Pakistan on Tuesday, police said.",
      "2024-03-27"
    );
    expect(s).toMatchObject({actor: "PK"});
  });
});

describe("the day of an attack told inside a statement", () => {
  it("does not date the statement that mentions it", () => {
    const rows = pick(
      "Pakistan's foreign secretary met lawmakers on Monday. The foreign secretary told the meeting that Pakistan faced growing isolation after the Uri attack on September 18.",
      "2016-10-06"
    );
    expect(rows.at(-1)?.date).toBe("2016-10-03");
  });
});

describe("acts named by a noun, with their owner or their sponsors", () => {
  it("codes an owned or a national listing proposal as its owner's act, beside the act on it", () => {
    const rows = pick(
      "China blocked an Indian request to list Azhar in 2009. In June, Beijing placed a hold on a joint US-India proposal to designate him.",
      "2019-03-14"
    );
    expect(rows.map((r) => [r.actor, r.stance])).toEqual([
      ["CN", 2],
      ["IN", -1],
      ["CN", 2],
      ["US", -1],
      ["IN", -1]
    ]);
  });

  it("codes a proposal put forward by a list of states, each state's own, at the date given", () => {
    const rows = pick("The proposal was moved on Feb 27 by the United States, Britain and France.", "2019-03-14");
    expect(rows.map((r) => [r.actor, r.stance, r.date])).toEqual([
      ["US", -1, "2019-02-27"],
      ["GB", -1, "2019-02-27"],
      ["FR", -1, "2019-02-27"]
    ]);
  });

  it("reads 'India's proposal, which was submitted in February' and 'a move by India at the UN to put …'", () => {
    const [s] = pick("India’s proposal, which was submitted in February to the 1267 Sanctions Committee, was blocked.");
    expect(s).toMatchObject({actor: "IN", stance: -1});
    const rows = pick(
      "China has used its veto power to scuttle a move by India at the UN to put Masood Azhar on a global terror list."
    );
    expect(rows.map((r) => [r.actor, r.stance])).toEqual([
      ["CN", 2],
      ["IN", -1]
    ]);
  });
});

describe("refusals after the words that set the scene", () => {
  it("codes no statement for 'Briefing reporters on Sunday, X declined to comment on …', and lets 'she' mean X", () => {
    const rows = statementsOf(
      "China's foreign ministry praised Pakistan's great sacrifices.\n\nAt the weekly briefing on Thursday, Foreign Office spokesperson Sadia Rauf Kazmi declined to comment on the report. She said, however, that Pakistan and China see eye to eye on terrorism.",
      {publisher: "Dawn"}
    );
    expect(rows.map((r) => [r.speaker, r.actor])).toEqual([
      ["China's foreign ministry", "CN"],
      ["Sadia Rauf Kazmi", "PK"]
    ]);
  });

  it("keeps what a speaker says after refusing", () => {
    expect(
      pick("The spokesman declined to comment on the report, but said Pakistan had made great sacrifices.")
    ).toHaveLength(1);
  });
});

describe("denials, appreciation and the acts of sponsors", () => {
  it("reads a charge the speaker denies as a defence, keeping the denial with the cue", () => {
    const [s] = statementsOf("Islamabad denied that it harbours militants.");
    expect(s).toMatchObject({actor: "PK", stance: 1, stance_cue: "denied that it harbours"});
    const [impression] = pick(
      "Interior Minister Tariq Bhatti said Pakistan rejects the notion that it is a safe haven for militants."
    );
    expect(impression).toMatchObject({actor: "PK", stance: 1});
  });

  it("reads appreciation and 'spoke highly of' as statements", () => {
    expect(pick("The Chinese side spoke highly of the immense sacrifices of the Pakistani people.")[0]).toMatchObject({
      actor: "CN",
      stance: 2
    });
    expect(pick("The Chinese side appreciated the efforts of Pakistan against terrorism.")[0]).toMatchObject({
      actor: "CN",
      stance: 1
    });
  });

  it("reads progress made, a victim of terrorism, softened language and understood concerns as support", () => {
    const stance = (body: string) => pick(body)[0]?.stance;
    expect(stance("Spokesman Gao Lin said Islamabad had made significant progress in curbing terror financing.")).toBe(
      1
    );
    expect(stance("The Chinese envoy said Islamabad was itself a victim of terrorism.")).toBe(1);
    expect(stance("Chinese diplomats sought to soften the language on militant groups, officials said.")).toBe(1);
    expect(stance("Beijing said it understood the security concerns of Islamabad.")).toBe(1);
  });

  it("dates an act named by a noun by its sentence's opening phrase or by the time told after its sponsors", () => {
    const [opening] = pick("In 2015, a new proposal by Japan and Germany suffered the same fate.", "2020-08-06");
    expect(opening).toMatchObject({actor: "JP", stance: -1, date: "2015"});
    expect(opening.quote).toMatch(/^In 2015, a new proposal/);
    const rows = pick("The proposal to ban the group was moved by Japan and Germany on February 27.", "2019-05-02");
    expect(rows.map((r) => [r.actor, r.stance, r.date])).toEqual([
      ["JP", -1, "2019-02-27"],
      ["DE", -1, "2019-02-27"]
    ]);
  });

  it("reads a motion moved as an act", () => {
    const [s] = pick("Washington moved a motion to put Pakistan back on the grey list.", "2018-06-29");
    expect(s).toMatchObject({actor: "US", stance: -1});
  });
});

describe("a document referred to again", () => {
  it("speaks for the office that issued it", () => {
    const rows = pick(
      "The Chinese consulate in Karachi, in a statement issued on Monday, said its backing was unchanged. “Pakistan has made enormous sacrifices,” the statement said.",
      "2017-09-07"
    );
    expect(rows.map((r) => [r.speaker, r.actor, r.stance])).toEqual([
      ["The Chinese consulate in Karachi", "CN", 0],
      ["the statement", "CN", 2]
    ]);
  });
});

describe("a reporting clause set inside the clause it reports", () => {
  it("reports the whole clause around it, as 'the official said that …' would", () => {
    const parenthetical = pick(
      "Beijing, a senior Pakistani official said, had pressed Islamabad to act.",
      "2019-03-14"
    );
    const plain = pick("A senior Pakistani official said Beijing had pressed Islamabad to act.", "2019-03-14");
    expect(parenthetical.map((r) => [r.actor, r.channel, r.stance])).toEqual([["CN", "private", -1]]);
    expect(parenthetical.map((r) => [r.actor, r.channel, r.stance])).toEqual(
      plain.map((r) => [r.actor, r.channel, r.stance])
    );
  });
});

describe("protection withdrawn", () => {
  it("turns a shielding cue a few words after a negation, unless a clause break stands between", () => {
    const stance = (body: string) => pick(body, "2018-06-29")[0]?.stance;
    expect(stance("Chinese envoys said Beijing could not be asked to extend its technical hold.")).toBe(-1);
    expect(stance("Chinese officials had conveyed that Beijing would not hold the line indefinitely.")).toBe(-1);
    expect(stance("Beijing said it would no longer stand in the way of a designation.")).toBe(-1);
    expect(stance("Beijing was not consulted, but China renewed its technical hold.")).toBe(2);
  });

  it("reads a denial only in the clause it governs", () => {
    const [s] = pick("Indian spokesman Arun Rao rejected the report and urged Pakistan to do more.");
    expect(s).toMatchObject({actor: "IN", stance: -2});
  });
});

describe("subjects with a title's own phrase, and 'at the time'", () => {
  it("reads 'Pakistan's adviser on foreign affairs, X, welcomed' as X's statement", () => {
    const [s] = pick("Pakistan’s minister for planning, Omar Farid Lodhi, welcomed the corridor talks.");
    expect(s).toMatchObject({speaker: "Omar Farid Lodhi", actor: "PK"});
  });

  it("reads 'at the time' between subject and verb as the time just mentioned", () => {
    const rows = pick(
      "In early April France circulated a draft statement. China at the time accused Paris of politicising the matter.",
      "2019-05-02"
    );
    expect(rows.at(-1)).toMatchObject({actor: "CN", date: "2019-04"});
  });

  it("keeps the story's target when the story's actor charges a third state over it", () => {
    const [s] = statementsOf("China accused London of politicising the listing of the Lashkar commander.");
    expect(s).toMatchObject({actor: "CN", target: "PK"});
  });
});

describe("a meeting as the setting or as the subject", () => {
  it("reads a statement made at a meeting as private, and one about a meeting as public", () => {
    const channel = (body: string) => pick(body, "2020-08-06")[0]?.channel;
    expect(channel("Islamabad's foreign ministry described the session as a vindication of its stand.")).toBe("public");
    expect(
      channel("Pakistan's interior secretary told the gathering at the meeting that Beijing wanted results.")
    ).toBe("private");
    expect(channel("Beijing dropped its objection during that meeting, envoys said.")).toBe("private");
    expect(channel("Beijing had quietly urged Islamabad to act against the group.")).toBe("private");
  });
});

describe("more words of support and pressure", () => {
  it("reads resisted inclusion, great efforts and the forefront of the fight as support", () => {
    const stance = (body: string) => pick(body, "2019-02-27")[0]?.stance;
    expect(stance("Diplomats said Beijing resisted any inclusion of the Lashkar in the text.")).toBe(2);
    expect(
      stance("Chinese spokesman Lu Kang said Islamabad had made tremendous efforts against terror financing.")
    ).toBe(1);
    expect(stance("Chinese envoy Luo Zhaohui said Islamabad was at the forefront of the war on terror.")).toBe(1);
  });

  it("reads 'time to act', further measures and naming a group as pressure", () => {
    const stance = (body: string) => pick(body, "2019-02-27")[0]?.stance;
    expect(stance("A US official said Beijing had told Islamabad it was time to act against the militants.")).toBe(-1);
    expect(stance("The FATF said Pakistan would face further measures unless it curbed terror financing.")).toBe(-1);
    expect(stance("The BRICS declaration named the Jaish among violent groups.")).toBe(-1);
  });
});

describe("questions put first, both sides pressed, pledges that act on a charge", () => {
  it("ends a question put before the speaker with its clause, so what the speaker says counts", () => {
    const stance = (body: string) => pick(body, "2017-03-04")[0]?.stance;
    expect(
      stance(
        "Asked whether Beijing was protecting its ally, Chinese foreign ministry spokesman Liu Wei said China firmly supports Islamabad."
      )
    ).toBe(2);
    // "Asked about …," without "whether": the question's words are the reporter's too.
    expect(
      stance(
        "Asked about attacks launched from Pakistani soil, Chinese foreign ministry spokesman Liu Wei said the two countries were all-weather friends."
      )
    ).toBe(1);
    expect(
      stance(
        "Asked about the technical hold, Chinese foreign ministry spokesman Liu Wei said China would keep talking to all parties."
      )
    ).toBe(0);
    // A question after the verb is still the reporter's: its words are no stance of the speaker.
    expect(
      stance(
        "Chinese foreign ministry spokesman Liu Wei said reporters had asked whether China firmly supports Islamabad."
      )
    ).toBe(0);
  });

  it("codes pressing the target together with another state, or both sides, as taking neither's side", () => {
    const stance = (body: string) => pick(body, "2017-03-04")[0]?.stance;
    expect(stance("Chinese foreign ministry spokesman Liu Wei urged India and Pakistan to show restraint.")).toBe(0);
    expect(stance("Chinese foreign ministry spokesman Liu Wei urged the two countries to show restraint.")).toBe(0);
    expect(stance("Chinese foreign ministry spokesman Liu Wei urged Pakistan to show restraint.")).toBe(-1);
  });

  it("reads opposing double standards or politicization as shielding", () => {
    const stance = (body: string) => pick(body, "2017-03-04")[0]?.stance;
    expect(
      stance("Chinese foreign ministry spokesman Liu Wei said China opposes double standards on counter-terrorism.")
    ).toBe(1);
    expect(
      stance(
        "Chinese foreign ministry spokesman Liu Wei said Beijing opposed any politicisation of the committee's work."
      )
    ).toBe(1);
  });

  it("reads the target acting on a charge against itself as a pledge", () => {
    const stance = (body: string) => pick(body, "2017-03-04")[0]?.stance;
    expect(stance("Pakistan's foreign office said the army had cleared the valley of terrorist hideouts.")).toBe(1);
    expect(stance("Pakistan's foreign office said it would take action against militant sanctuaries.")).toBe(1);
  });

  it("reads a verb whose quotation opens on its adverb as the attribution", () => {
    const found = pick("China and Pakistan met on Monday. The two sides “sharply criticised” the blast in Quetta.");
    expect(found.map((s) => s.actor)).toEqual(["CN", "PK"]);
  });

  it("keeps a second statement of a sentence out of the first, when the first is told through a document", () => {
    const [first, second] = pick(
      "Officials of the two countries met in Beijing on Monday. The Chinese side “welcomed” the steps taken by Pakistan, according to a readout, while the Pakistani delegation “reaffirmed its resolve” to bring the attackers to justice."
    );
    expect(first).toMatchObject({actor: "CN", stance: 1});
    expect(first.quote).not.toContain("Pakistani delegation");
    expect(second).toMatchObject({actor: "PK", stance: 1});
  });
});

describe("who speaks: participles, relative clauses and titles set off after a name", () => {
  it("reads ', telling reporters that …' after a clause of another verb as its subject's statement", () => {
    const found = pick(
      "Chinese spokesman Lin Tao said Beijing was shocked. Pakistan's foreign office said it rejected the charge. Foreign office spokesman Omar Haider Baig repeated that position on Monday, telling reporters that India was maligning Pakistan."
    );
    expect(found[2]).toMatchObject({speaker: "Omar Haider Baig", actor: "PK"});
  });

  it("does not take a speaker's country from a relative clause about what they did", () => {
    const found = pick(
      "Pakistani police said the convoy was hit on Monday. Interior Minister Rashid Ali Junejo, who called at the Chinese consulate on Monday, vowed that the attackers would be punished.",
      "2024-03-27"
    );
    expect(found.at(-1)).toMatchObject({speaker: "Rashid Ali Junejo", actor: "PK"});
  });

  it("reads 'X, Pakistan's minister for energy affairs, who headed the team, told' as X's statement", () => {
    const [s] = pick(
      "Karim Baig, Pakistan's minister for energy affairs, who headed the team, told reporters on Friday that the task force had recognised the country's progress.",
      "2019-10-19"
    );
    expect(s).toMatchObject({speaker: "Karim Baig", actor: "PK"});
  });
});

describe("charges of a state's hand in attacks, and a cue's own clause", () => {
  it("reads cross-border terrorism, terror as state policy, handlers across the border and protection as charges", () => {
    const stance = (body: string) => pick(body, "2019-02-27")[0]?.stance;
    expect(stance("Indian spokesman Vikas Rao said Islamabad must end cross-border terrorism.")).toBe(-2);
    expect(stance("Indian spokesman Vikas Rao said Islamabad used terror as an instrument of policy.")).toBe(-2);
    expect(stance("Indian police said the gunmen spoke to handlers across the border.")).toBe(-2);
    expect(stance("Indian spokesman Vikas Rao said the group's chief enjoys official protection in Pakistan.")).toBe(
      -2
    );
  });

  it("judges whether a cue is about another subject by the cue's own clause", () => {
    const stance = (body: string) => pick(body, "2019-02-27")[0]?.stance;
    expect(stance("India summoned Pakistan's envoy to lodge a protest and suspended trade with its neighbour.")).toBe(
      -2
    );
    expect(stance("India summoned Pakistan's envoy to lodge a protest over trade.")).toBe(0);
  });
});

describe("regions, and lead-ins told at another time", () => {
  it("takes the state of a region's authorities, but lets no region speak by itself", () => {
    const found = pick("Local officials in Xinjiang said the bombers got their training in Pakistani camps.");
    expect(found[0]).toMatchObject({actor: "CN", stance: -2});
    expect(
      pick("Separatist rebels in Balochistan, who blame the federal government for neglect, attacked a convoy.")
    ).toEqual([]);
  });

  it("does not merge a nameless statement into the next one when each is dated at another time", () => {
    const found = pick(
      "In July 2011, officials in Hotan blamed the unrest on militants trained in camps in Pakistan. The following month, Chinese spokesman Zhou Lan said China firmly supports Pakistan.",
      "2013-05-23"
    );
    expect(found.map((s) => s.speaker)).toEqual(["officials in Hotan", "Zhou Lan"]);
  });
});

describe("holds counted, and restraint in telling", () => {
  it("reads 'placed a fourth hold' as an act that shields", () => {
    const [s] = pick("On 13 March, China placed a fifth hold on the proposal.", "2019-03-20");
    expect(s).toMatchObject({actor: "CN", stance: 2, date: "2019-03-13"});
  });

  it("reads 'would only say' as said, and 'would say' as not yet said", () => {
    expect(pick("Chinese spokesman Lu Wen would only say that the committee had clear rules.")).toHaveLength(1);
    expect(pick("Chinese spokesman Lu Wen would say that the committee had clear rules.")).toHaveLength(0);
  });
});

describe("the day of the meeting a story tells", () => {
  it("dates a statement the text leaves undated by the meeting told within ten days of publication", () => {
    const found = pick(
      "Chinese Foreign Minister Wang Lin held talks with Pakistani Foreign Minister Omar Khan in Beijing on Thursday.\n\nWang asked Pakistan to guard Chinese engineers.",
      "2021-09-18"
    );
    expect(found.at(-1)).toMatchObject({speaker: "Wang Lin", date: "2021-09-16"});
  });

  it("leaves a statement told as done before its telling, or a meeting of weeks ago, to the story's month", () => {
    const earlier = pick(
      "Chinese Foreign Minister Wang Lin held talks with Pakistani Foreign Minister Omar Khan in Beijing on Thursday.\n\nWang had asked Pakistan to guard Chinese engineers.",
      "2021-09-18"
    );
    expect(earlier.at(-1)?.date).toBe("2021-09");
    const old = pick(
      "Chinese Foreign Minister Wang Lin held talks with Pakistani Foreign Minister Omar Khan in Beijing on August 2.\n\nWang asked Pakistan to guard Chinese engineers.",
      "2021-09-18"
    );
    expect(old.at(-1)?.date).toBe("2021-09");
  });
});

describe("an occasion used to press, and deeds demanded instead of words", () => {
  it("reads 'used a meeting … to press' as the user's pressing", () => {
    const [s] = pick("Chinese minister Zhao Ming used a stop in Lahore in May to press Pakistan for quicker arrests.");
    expect(s).toMatchObject({actor: "CN", stance: -1});
  });

  it("reads 'results, not promises' as strong pressure", () => {
    const [s] = pick("Chinese diplomats said Islamabad owed them deeds, not words.");
    expect(s).toMatchObject({actor: "CN", stance: -2});
  });
});

describe("an unnamed person of a known state as the one a later pronoun means", () => {
  it("resolves 'he said' to the titled official the sentence before was about, not to an earlier group", () => {
    const found = pick(
      "Chinese officials pressed Pakistan, people with knowledge of the talks said. A Pakistani official, who asked not to be named, played down those accounts. “The talks were friendly and candid,” he said."
    );
    expect(found.at(-1)).toMatchObject({actor: "PK"});
  });
});

describe("what a speaker calls something", () => {
  it("keeps 'which he called' after a comma inside the speaker's own statement", () => {
    const named = pick(
      "Chinese Premier Li Qiang praised Pakistan. Pakistani Prime Minister Omar Awan condemned the attack, which he called an assault on the friendship, and vowed that the attackers would be punished."
    );
    expect(named.map((s) => s.actor)).toEqual(["CN", "PK"]);
  });

  it("keeps 'what he called' inside the speaker's own statement", () => {
    const found = pick(
      "Chinese Premier Li Qiang praised Pakistan. Pakistani Prime Minister Omar Awan lauded Beijing for what he called its steadfast support."
    );
    expect(found.map((s) => s.actor)).toEqual(["CN", "PK"]);
  });
});

describe("sources familiar with the negotiations, and a possessive after 'said'", () => {
  it("reads 'US officials familiar with the deliberations, …, said Beijing's reversal …' as theirs, anonymous", () => {
    const [s] = pick(
      "US officials familiar with the deliberations, speaking on condition of anonymity, said China's reversal followed long lobbying."
    );
    expect(s).toMatchObject({actor: "US", disclosure: "anonymous"});
  });
});

describe("a text quoted on what one of its parties did", () => {
  it("reads “The Pakistani side reiterated …,” it added as Pakistan's statement, relayed by the text", () => {
    const found = pick(
      "China and Pakistan issued a joint statement on Friday. “Beijing backs Islamabad’s counter-terrorism work,” the joint statement said. “The Pakistani side reiterated that it firmly supports China’s efforts against the ETIM,” it added."
    );
    expect(found.at(-1)).toMatchObject({speaker: "The Pakistani side", actor: "PK"});
  });
});

describe("the channel of what only unnamed sources tell", () => {
  it("codes a statement the text says it has from unnamed sources as private, unless the text gives its channel", () => {
    const [s] = pick(
      "Instead, as three people familiar with the Vienna discussions put it, Beijing dropped its objection on the final day."
    );
    expect(s).toMatchObject({actor: "CN", disclosure: "anonymous", channel: "private"});
    // An official the text describes without naming is not said to be a hidden source.
    const [t] = pick("A senior Chinese security official said on Tuesday that China would firmly support Pakistan.");
    expect(t).toMatchObject({actor: "CN", channel: "public"});
  });
});

describe("'with X pledging': a participle of speech after 'with'", () => {
  it("reads 'with both sides vowing to …' as both sides' statement, and still knows the sentence's subject by name", () => {
    const found = pick(
      "Chinese Foreign Minister Wang Lin held talks with Pakistani Foreign Minister Omar Khan in Beijing on Thursday, with both sides vowing to fight terrorism together. Wang said China firmly supports Pakistan.",
      "2021-09-18"
    );
    expect(found.map((s) => `${s.speaker} ${s.actor}`).sort()).toEqual([
      "Wang Lin CN",
      "both sides CN",
      "both sides PK"
    ]);
  });
});

describe("organs of a state named without their state", () => {
  it("gives 'city authorities' the place their sentence told of before them", () => {
    const [s] = pick(
      "Following the riots in Hotan last month, city authorities said the organisers had been trained at camps in Pakistan.",
      "2014-08-02"
    );
    expect(s).toMatchObject({actor: "CN", stance: -2});
  });

  it("leaves 'authorities' unattributed when no place or state comes before them", () => {
    expect(pick("Authorities said the organisers had been trained at camps abroad.", "2014-08-02")).toEqual([]);
  });

  it("takes a place in the speaker's own words before one in what they said", () => {
    const [s] = pick("The police in Hotan said the organisers had been trained at camps in Pakistan.", "2014-08-02");
    expect(s).toMatchObject({actor: "CN"});
  });

  it("does not give a diplomat posted in a capital that capital's state", () => {
    pick("Pakistan's foreign secretary flew home on Sunday.", "2014-08-02");
    const rows = pick(
      "Pakistan's foreign secretary flew home on Sunday. A European diplomat in Beijing said the talks had been tense.",
      "2014-08-02"
    );
    expect(rows.map((r) => r.actor)).not.toContain("CN");
  });
});

describe("demands put as what is to be done, and what a state will not bear again", () => {
  const stance = (body: string) =>
    statementsOf(`Militants bombed a bus carrying Chinese engineers. ${body}`, {published: "2021-07-26"}).at(-1);

  it("reads 'asked that', sought security, 'Pakistan must' and complaints as pressure", () => {
    expect(stance("The Chinese ambassador, Gao Rui, asked that engineers travel only in armoured cars.")?.stance).toBe(
      -1
    );
    expect(
      stance(
        "The Chinese envoy, Gao Rui, called on the interior minister and sought foolproof security for the workers."
      )?.stance
    ).toBe(-1);
    expect(stance("The Chinese envoy Gao Rui said Pakistan must guard the workers better.")?.stance).toBe(-1);
    expect(stance("Chinese officials complained that warnings had been ignored.")?.stance).toBe(-1);
  });

  it("reads an article before the target's name as the target ('asked the Pakistani authorities to')", () => {
    const s = stance("The Chinese embassy said it had asked the Pakistani authorities to strengthen the guard.");
    expect([s?.stance, s?.stance_cue]).toEqual([-1, "asked the Pakistani authorities to"]);
  });

  it("reads 'cannot accept another attack' as strong pressure and praise of heroes as support", () => {
    expect(stance('Envoy Gao Rui said Beijing "cannot accept" another attack on its citizens.')?.stance).toBe(-2);
    expect(stance('"These policemen are heroes," the Chinese envoy Gao Rui said.')?.stance).toBe(1);
  });

  it("does not read a request named by a noun ('India's request that …') as the speaker's demand", () => {
    expect(
      stance("Beijing placed a technical hold on India's request that the committee seek an explanation.")?.stance
    ).toBe(2);
  });
});

describe("a passive summons", () => {
  it("gives the summons to the office summoned to, not to the envoy summoned", () => {
    const [s] = pick(
      "India's high commissioner, Ravi Menon, was summoned to the Pakistani foreign office on Friday.",
      "2019-03-04"
    );
    expect(s).toMatchObject({actor: "PK", channel: "private", stance: -2, date: "2019-03-01"});
  });

  it("finds no summoner in a place with no state ('summoned to the capital')", () => {
    expect(pick("Pakistan's ambassador was summoned to the capital on Friday.", "2019-03-04")).toEqual([]);
  });
});

describe("a reporting clause set inside the clause it reports", () => {
  const meeting =
    "Pakistani Interior Minister Tariq Hameed told a closed meeting of the Senate committee on Tuesday that the army would act.";

  it("reports the clause around it when the reporting verb has an object ('Beijing, he told the participants, had asked')", () => {
    const rows = pick(
      `${meeting}\n\nBeijing, he told the senators, had also asked that its engineers travel in armoured cars.`,
      "2021-07-25"
    );
    const beijing = rows.filter((row) => row.speaker === "Beijing");
    expect(beijing.map(({actor, stance, quote}) => ({actor, stance, quote}))).toEqual([
      {
        actor: "CN",
        stance: -1,
        quote: "Beijing, he told the senators, had also asked that its engineers travel in armoured cars."
      }
    ]);
  });

  it("keeps the occasion a pronoun's antecedent spoke on, into the next paragraph", () => {
    const rows = pick(
      `${meeting}\n\nBeijing, he told the senators, had also asked that its engineers travel in armoured cars.`,
      "2021-07-25"
    );
    expect(rows.find((row) => row.speaker === "Beijing")?.channel).toBe("private");
    const briefing = pick(
      "Pakistani Interior Minister Tariq Hameed told reporters on Tuesday that the army would act.\n\nBeijing, he said, had also asked that its engineers travel in armoured cars.",
      "2021-07-25"
    );
    expect(briefing.find((row) => row.speaker === "Beijing")?.channel).toBe("public");
  });
});

describe("people the text tells of before they speak", () => {
  const pledge = (body: string) =>
    pick(`${body} “The attackers will be punished,” he said.`, "2022-05-03").find((row) =>
      row.quote.includes("will be punished")
    );

  it("does not give a visitor the state of the embassy they visited", () => {
    expect(
      pledge(
        "China condemned the attack in Pakistan.\n\nPrime Minister Arif Lodhi, who visited the Chinese embassy on Sunday, has ordered an inquiry."
      )
    ).toMatchObject({speaker: "Arif Lodhi", actor: "PK"});
  });

  it("does not give one who met a state's envoy that state, whatever the codebook's missions name the envoy", () => {
    const body =
      "China condemned the attack in Pakistan.\n\nPrime Minister Arif Lodhi, who met the Chinese high commissioner on Sunday, has ordered an inquiry.";
    expect(pledge(body)).toMatchObject({speaker: "Arif Lodhi", actor: "PK"});
    const path = editedCodebookFile((text) =>
      text.replace("heads: [ambassador, envoy, high commissioner]", "heads: [ambassador, envoy]")
    );
    const rows = statementsOf(
      `${body} “The attackers will be punished,” he said.`,
      {published: "2022-05-03"},
      loadCodebook({path, cached: false})
    );
    expect(rows.find((row) => row.quote.includes("will be punished"))).toMatchObject({
      speaker: "Arif Lodhi",
      actor: "CN"
    });
  });

  it("finds the person a sentence is about past its opening phrase of time ('A day after the bombing, …')", () => {
    expect(
      pledge(
        "China condemned the bombing. Pakistan promised an inquiry.\n\nA day after the bombing, Interior Minister Arif Lodhi drove to the Chinese embassy."
      )
    ).toMatchObject({speaker: "Arif Lodhi", actor: "PK"});
  });
});

describe("failures of protection", () => {
  it("reads a failure to protect as pressure, charged by others or admitted by the target itself", () => {
    const admitted = pick(
      "Pakistani Interior Minister Arif Lodhi told the National Assembly on Friday that there had been gaps in the protection of Chinese nationals.",
      "2022-05-03"
    );
    expect(admitted[0]).toMatchObject({actor: "PK", stance: -1});
    const charged = pick(
      "The Chinese envoy, Gao Rui, said Pakistan had failed to protect the engineers.",
      "2022-05-03"
    );
    expect(charged[0]).toMatchObject({actor: "CN", stance: -1});
  });
});

describe("speech told in the passive", () => {
  it("gives 'was told by X that …' to X, privately when people were told", () => {
    const rows = pick(
      "Pakistan's spy chief, Lt. Gen. Tariq Awan, flew to Beijing on Tuesday.\n\nAwan is said to have been told by his Chinese counterparts that Beijing expected Pakistan to hand over the fighters.",
      "2011-08-04"
    );
    expect(rows.at(-1)).toMatchObject({
      speaker: "his Chinese counterparts",
      actor: "CN",
      channel: "private",
      stance: -1
    });
  });

  it("leaves a state urged in the passive to the public record unless the text says otherwise", () => {
    const [s] = pick("Pakistan was urged by China to act against the militants.", "2011-08-04");
    expect(s).toMatchObject({actor: "CN", channel: "public", stance: -1});
  });

  it("does not read support in the passive as the supporter's statement", () => {
    expect(pick("India's submission was supported by all other members of the committee.", "2016-12-31")).toEqual([]);
  });
});

describe("acts done by others, places of the venue a sentence opens on", () => {
  it("does not give the speaker the stance of a shielding act another state or an unnamed member did", () => {
    const rows = (body: string) => pick(body, "2019-03-14");
    const [india] = rows(
      "India's foreign ministry spokesman Ravi Menon said India was disappointed that China had again blocked the listing."
    );
    expect(india).toMatchObject({actor: "IN", stance: -1});
    const [member] = rows(
      "India's foreign ministry spokesman Ravi Menon said India was disappointed that one member had again stood in the way of the listing."
    );
    expect(member).toMatchObject({actor: "IN", stance: -1});
    // The doer's own act, and a doer among others, keep the act's stance.
    const [own] = rows("Chinese foreign ministry spokesman Lu Wen said Beijing had blocked the listing.");
    expect(own).toMatchObject({actor: "CN", stance: 2});
    const both = rows("The Foreign Office said China and Turkey had stood by Pakistan during the talks.");
    expect(both.find((s) => s.actor === "CN")).toMatchObject({stance: 2});
  });

  it("takes an unqualified spokesperson's country from the place of the briefing the sentence opens on", () => {
    const briefing = pick(
      'Pakistan\'s foreign minister Ali Raza spoke of the listing on Tuesday. Asked about it at a regular press briefing in Beijing on Wednesday, spokesperson Han Lin said the body "should not become a political tool".',
      "2018-09-20"
    );
    expect(briefing.find((row) => row.speaker === "Han Lin")).toMatchObject({actor: "CN"});
    // A place the question is about is not where the answer was given.
    const rows = pick(
      'China\'s foreign ministry held its weekly briefing on Monday. Asked about the bombing in Quetta, spokesperson Han Lin said the attackers "must be brought to justice".',
      "2018-09-20"
    );
    expect(rows.find((row) => row.speaker === "Han Lin")).toMatchObject({actor: "CN"});
  });
});

describe("a teller's second point", () => {
  it("ends the statement a speaker tells at the speaker's next 'and that'", () => {
    const rows = pick(
      "Foreign Office spokeswoman Sara Khan said Chinese leaders had praised Pakistan's sacrifices during their meetings, and that the army was fighting militants in North Waziristan."
    );
    expect(rows.find((row) => row.actor === "CN")?.quote).toBe(
      "Chinese leaders had praised Pakistan's sacrifices during their meetings"
    );
    expect(rows.find((row) => row.actor === "PK")?.quote).toMatch(/North Waziristan\.$/);
  });
});

describe("what a statement is about is not how it was made", () => {
  it("does not take the channel of the talks a speaker gives an account of", () => {
    const [dismissal] = pick(
      'Pakistan\'s Foreign Office on Friday rejected the rival version of the private meeting as "false".',
      "2017-12-30"
    );
    expect(dismissal).toMatchObject({actor: "PK", channel: "public"});
    const [talks] = pick(
      "Chinese officials told Pakistani officials in private talks that the sanctuaries must be closed.",
      "2017-12-30"
    );
    expect(talks).toMatchObject({actor: "CN", channel: "private"});
  });
});

describe("speech verbs that also govern other verbs", () => {
  it("reads 'X went on' and 'he continued' as speech, but not 'continued to' or 'went on for'", () => {
    const said = (body: string) =>
      pick("Indian foreign ministry spokesman Vikram Rao spoke on Monday. " + body, "2016-10-12");
    // Groups on the target's soil, unnamed, are the coding guide's mild pressure.
    expect(said("Groups based in Pakistan, Rao went on, still operate with impunity.")).toMatchObject([
      {speaker: "Vikram Rao", actor: "IN", stance: -1}
    ]);
    expect(said('"The groups still operate with impunity," he continued.')).toMatchObject([
      {speaker: "Vikram Rao", actor: "IN"}
    ]);
    expect(
      pick('A US report claimed that Pakistan "continued to serve as a safe haven" for militants.', "2020-06-30")
    ).not.toContainEqual(expect.objectContaining({actor: "PK"}));
    expect(pick("The talks went on for hours.", "2020-06-30")).toEqual([]);
  });
});

describe("a description that adds only a nationality", () => {
  it("refers 'the Indian official' back to the anonymous Indian official who spoke, keeping the anonymity", () => {
    const rows = statementsOf(
      "A senior Indian official, who asked not to be named, said the talks had been useful. The envoy raised the listing again, the Indian official said.",
      {published: "2018-09-14"}
    );
    expect(rows.at(-1)).toMatchObject({speaker: "A senior Indian official", actor: "IN", channel: "private"});
  });

  it("reads 'repeated that' as a report of speech", () => {
    const [s] = pick(
      "Chinese foreign ministry spokesman Lu Wen repeated that China needed more time to study the case."
    );
    expect(s).toMatchObject({speaker: "Lu Wen", actor: "CN", stance: 1});
  });
});

describe("an office as the subject 'it' stands for", () => {
  it("reads 'it said' after a sentence whose subject is an office named again, not as the last body that spoke", () => {
    const rows = pick(
      "Pakistan's Foreign Office said on Monday that the talks had gone well. China's foreign ministry said the two countries were close friends. The Foreign Office was less restrained on Tuesday. The attack, it said, had been planned across the border.",
      "2016-10-12"
    );
    expect(rows.at(-1)).toMatchObject({actor: "PK", quote: "The attack, it said, had been planned across the border."});
  });
});
