<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps_PK">
<context>
    <name>AboutScreen</name>
    <message>
        <source>About this information</source>
        <translation>د دې معلوماتو په اړه</translation>
    </message>
    <message>
        <source>“%1”, version %2, was written from %3 sources: health services, medicine regulators and medical research. Each page shows its own: tap the information button on a page.</source>
        <translation>«%1» (ورژن %2) له %3 سرچینو لیکل شوی: روغتیايي خدمتونه، د درملو څارونکې ادارې او طبي څېړنې. هره پاڼه خپلې سرچینې ښيي: په پاڼه کې د معلوماتو تڼۍ کېکاږئ.</translation>
    </message>
    <message>
        <source>Where “%1” comes from</source>
        <translation>د «%1» معلومات له کومه دي</translation>
    </message>
    <message>
        <source>This page was written from:</source>
        <translation>دا پاڼه له دې سرچینو لیکل شوې:</translation>
    </message>
    <message>
        <source>This kiosk explains; it does not replace your doctor. Ask your doctor about anything here. In an emergency, call {emergency_number}.</source>
        <translation>دا کیوسک معلومات درکوي، د ډاکټر ځای نه نیسي. دلته د هرې خبرې په اړه له خپل ډاکټر وپوښتئ. په ایمرجنسي کې {emergency_number} ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>No doctor has checked this information yet. It is waiting for a doctor&apos;s review, so ask your doctor before you act on it.</source>
        <translation>لا کوم ډاکټر دا معلومات نه دي کتلي، د ډاکټر کتنې ته انتظار دی. نو مخکې له دې چې عمل پرې وکړئ، له خپل ډاکټر وپوښتئ.</translation>
    </message>
    <message>
        <source>Checked by %1, a doctor, on %2. Next check due by %3.</source>
        <translation>ډاکټر %1 په %2 وکتل. بله کتنه باید تر %3 پورې وشي.</translation>
    </message>
    <message>
        <source>The %1 has not yet been checked by a medical translator.</source>
        <translation>%1 متن لا طبي ژباړونکي نه دی کتلی.</translation>
    </message>
    <message>
        <source>The %1 was checked by %2, a medical translator, on %3.</source>
        <translation>%1 متن طبي ژباړونکي %2 په %3 وکوت.</translation>
    </message>
    <message>
        <source>The Urdu has not yet been checked by a medical translator.</source>
        <translation>اردو متن لا طبي ژباړونکي نه دی کتلی.</translation>
    </message>
    <message>
        <source>The Urdu was checked by %1, a medical translator, on %2.</source>
        <translation>اردو متن طبي ژباړونکي %1 په %2 وکوت.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch the screen to start</source>
        <translation>د پیل لپاره سکرین ته ګوته ووهئ</translation>
    </message>
    <message>
        <source>Learn about your immune system</source>
        <translation>د خپل دفاعي نظام په اړه زده کړئ</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>replaces {id} version {version}</source>
        <translation>د {id} ورژن {version} ځای نیسي</translation>
    </message>
    <message>
        <source>title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>د تصویر لیبلونه</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>page type or treatment status</source>
        <translation>د پاڼې ډول یا د علاج د منظورۍ حالت</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>کوئز</translation>
    </message>
    <message>
        <source>text ({language})</source>
        <translation>متن ({language})</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>انګرېزي متن</translation>
    </message>
    <message>
        <source>Urdu words</source>
        <translation>اردو متن</translation>
    </message>
    <message>
        <source>+ topic {topic}</source>
        <translation>نوې موضوع: {topic}</translation>
    </message>
    <message>
        <source>- topic {topic}</source>
        <translation>موضوع به لرې شي: {topic}</translation>
    </message>
    <message>
        <source>+ page {page}</source>
        <translation>نوې پاڼه: {page}</translation>
    </message>
    <message>
        <source>- page {page}</source>
        <translation>پاڼه به لرې شي: {page}</translation>
    </message>
    <message>
        <source>~ page {page}: {what}</source>
        <translation>په پاڼه {page} کې بدلون: {what}</translation>
    </message>
    <message>
        <source>~ topic {topic}: title, summary, icon or picture</source>
        <translation>~ موضوع {topic}: سرلیک، لنډیز، آیکن یا تصویر</translation>
    </message>
    <message>
        <source>~ {what}</source>
        <translation>بدلون: {what}</translation>
    </message>
    <message>
        <source>no pages changed</source>
        <translation>هېڅ پاڼه نه ده بدله شوې</translation>
    </message>
    <message>
        <source>New topic: {topic}</source>
        <translation>نوې موضوع: {topic}</translation>
    </message>
    <message>
        <source>Topic taken out: {topic}</source>
        <translation>موضوع لرې شوه: {topic}</translation>
    </message>
    <message>
        <source>New page: {page} (in {topic})</source>
        <translation>نوې پاڼه: {page} (په {topic} کې)</translation>
    </message>
    <message>
        <source>Page taken out: {page} (in {topic})</source>
        <translation>پاڼه لرې شوه: {page} (په {topic} کې)</translation>
    </message>
    <message>
        <source>Changed: {page} (in {topic}): {what}</source>
        <translation>بدلون: {page} (په {topic} کې): {what}</translation>
    </message>
    <message>
        <source>Changed: the topic {topic} (its title, summary, icon or picture)</source>
        <translation>بدلون: موضوع {topic} (د هغې سرلیک، لنډیز، آیکن یا تصویر)</translation>
    </message>
    <message>
        <source>Also changed: {what}</source>
        <translation>دا هم بدل شوي: {what}</translation>
    </message>
    <message>
        <source>from {old} to {new}</source>
        <translation>له {old} نه {new} ته</translation>
    </message>
    <message>
        <source>{id} version {version}</source>
        <translation>{id}، ورژن {version}</translation>
    </message>
    <message>
        <source>pack title</source>
        <translation>د پیک سرلیک</translation>
    </message>
    <message>
        <source>medical review dates or reviewers</source>
        <translation>د طبي کتنې نېټې یا کتونکي</translation>
    </message>
    <message>
        <source>sources list</source>
        <translation>د سرچینو لېست</translation>
    </message>
    <message>
        <source>needs kiosk software {new} (was {old})</source>
        <translation>د کیوسک سافټویر {new} ورژن ته اړتیا لري (مخکې {old})</translation>
    </message>
    <message>
        <source>topic order</source>
        <translation>د موضوعګانو ترتیب</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>the update server answered {code} {reason} for {what}</source>
        <translation>اپډیټ سرور د {what} لپاره دا ځواب ورکړ: {code} {reason}</translation>
    </message>
    <message>
        <source>the channel&apos;s channel.json is damaged (not readable)</source>
        <translation>د چینل channel.json فایل خراب دی (نه لوستل کېږي)</translation>
    </message>
    <message>
        <source>the channel uses format {format}; update the kiosk software to follow it</source>
        <translation>چینل {format} فارمټ کاروي؛ د دې چینل د تعقیب لپاره د کیوسک سافټویر اپډیټ کړئ</translation>
    </message>
    <message>
        <source>the channel&apos;s channel.json is damaged: {detail}</source>
        <translation>د چینل channel.json فایل خراب دی: {detail}</translation>
    </message>
    <message>
        <source>its end date &apos;{date}&apos; is not a date</source>
        <translation>د پای نېټه یې &apos;{date}&apos; سمه نېټه نه ده</translation>
    </message>
    <message>
        <source>the channel&apos;s update list is not signed (it was made by an older kiosk-pack); publish it again with &apos;kiosk-pack publish --key&apos;</source>
        <translation>د چینل د اپډیټ لېست لاسلیک شوی نه دی (د kiosk-pack په زاړه ورژن جوړ شوی)؛ بیا یې د &apos;kiosk-pack publish --key&apos; په مرسته خپور کړئ</translation>
    </message>
    <message>
        <source>the channel&apos;s update list has no signature</source>
        <translation>د چینل د اپډیټ لېست هېڅ لاسلیک نه لري</translation>
    </message>
    <message>
        <source>the channel&apos;s update list {why}; it was not used</source>
        <translation>د چینل د اپډیټ لېست: {why}؛ ونه کارول شو</translation>
    </message>
    <message>
        <source>say where kiosks will find this channel: --address https://… (the web address of the channel folder)</source>
        <translation>ووایئ چې کیوسکونه به دا چینل له کومه ځایه اخلي: ‎--address https://…‎ (د چینل د فولډر وېب پته)</translation>
    </message>
    <message>
        <source>an update list can be valid for 1 to {most} days, not {days}</source>
        <translation>د اپډیټ لېست له 1 تر {most} ورځو پورې اعتبار لرلی شي، نه {days} ورځې</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: kiosks only accept signed packs from a channel; sign it first with &apos;kiosk-pack sign&apos;</source>
        <translation>{file}: کیوسکونه له چینل نه یوازې لاسلیک شوي پیکونه مني؛ لومړی یې د &apos;kiosk-pack sign&apos; په مرسته لاسلیک کړئ</translation>
    </message>
    <message>
        <source>the update server sent the kiosk to &apos;{url}&apos;, which is not a web address</source>
        <translation>اپډیټ سرور کیوسک &apos;{url}&apos; ته واستاوه، چې وېب پته نه ده</translation>
    </message>
    <message>
        <source>the update server {url} stopped sending the update list ({reason})</source>
        <translation>اپډیټ سرور {url} د اپډیټ لېست لېږل په منځ کې ودرول ({reason})</translation>
    </message>
    <message>
        <source>the channel&apos;s channel.json is too big</source>
        <translation>د چینل channel.json فایل ډېر لوی دی</translation>
    </message>
    <message>
        <source>cannot reach the update server {url} ({reason})</source>
        <translation>له اپډیټ سرور {url} سره اړیکه ونه شوه ({reason})</translation>
    </message>
    <message>
        <source>{file} as the update server sent it does not match the update list (copies that did not match so far: {count}); the kiosk tries it again after {time}. Whoever publishes the channel should publish it again</source>
        <translation>اپډیټ سرور د {file} کومه کاپي چې راولېږله هغه د اپډیټ له لېست سره سمون نه لري (تر اوسه داسې کاپۍ: {count})؛ کیوسک به یې له {time} وروسته بیا وازمویي. څوک چې چینل خپروي باید بیا یې خپور کړي</translation>
    </message>
    <message>
        <source>the update address &apos;{url}&apos; uses plain http://, which anyone on the network between could change; use https://, or, if this server is inside the clinic, staff can allow it as a local server</source>
        <translation>د اپډیټ پته &apos;{url}&apos; ساده ‎http://‎ کاروي، نو د منځ په نیټ ورک کې هر څوک هغه څه بدلولی شي چې له دې پتې راځي؛ ‎https://‎ وکاروئ، یا که دا سرور د کلینیک دننه وي، سټاف یې د محلي سرور په توګه اجازه ورکولی شي</translation>
    </message>
    <message>
        <source>the update address &apos;{url}&apos; must start with https://</source>
        <translation>د اپډیټ پته &apos;{url}&apos; باید په ‎https://‎ پیل شي</translation>
    </message>
    <message>
        <source>the server&apos;s name in the update address &apos;{url}&apos; has a space in it, which a server&apos;s name never has; check the address with IT</source>
        <translation>د اپډیټ په پته &apos;{url}&apos; کې د سرور په نوم کې تش ځای (سپېس) دی، خو د سرور په نوم کې هېڅکله تش ځای نه وي؛ پته له آی ټي سره وګورئ</translation>
    </message>
    <message>
        <source>the server&apos;s name in the update address &apos;{url}&apos; is not one the kiosk can look up; check the address with IT</source>
        <translation>د اپډیټ په پته &apos;{url}&apos; کې د سرور نوم داسې نه دی چې کیوسک یې پیدا کړای شي؛ پته له آی ټي سره وګورئ</translation>
    </message>
    <message>
        <source>the update address is empty</source>
        <translation>د اپډیټ پته تشه ده</translation>
    </message>
    <message>
        <source>the update address &apos;{url}&apos; is not a web address; it should look like https://updates.example.org/channel/</source>
        <translation>د اپډیټ پته &apos;{url}&apos; وېب پته نه ده؛ باید د ‎https://updates.example.org/channel/‎ په څېر وي</translation>
    </message>
    <message>
        <source>the update list is for another channel ({addresses}), not this kiosk&apos;s address</source>
        <translation>دا د اپډیټ لېست د بل چینل ({addresses}) دی، د دې کیوسک د اپډیټ پتې نه دی</translation>
    </message>
    <message>
        <source>needs kiosk software {needed} or newer (this kiosk has {have}): update the kiosk software</source>
        <translation>د کیوسک سافټویر {needed} یا له هغه نوی غواړي (په دې کیوسک کې {have} دی): د کیوسک سافټویر اپډیټ کړئ</translation>
    </message>
    <message>
        <source>was refused when it was downloaded</source>
        <translation>د ډاونلوډ پر مهال رد شو</translation>
    </message>
    <message>
        <source>version {version} of {pack} {why}</source>
        <translation>د {pack} ورژن {version} {why}</translation>
    </message>
    <message>
        <source>the update server took longer than {seconds} seconds to send {what}; the kiosk stopped waiting and will try again later</source>
        <translation>اپډیټ سرور د {what} په لېږلو کې له {seconds} ثانیو ډېر وخت ونیو؛ کیوسک انتظار پرېښود او وروسته به بیا هڅه وکړي</translation>
    </message>
    <message>
        <source>the server sent a different update list under the number {number} the kiosk already had</source>
        <translation>سرور د {number} نمبر لاندې یو بل اپډیټ لېست راولېږه، په داسې حال کې چې د دې نمبر لېست له مخکې په کیوسک کې شته</translation>
    </message>
    <message>
        <source>the server sent update list number {got}, older than number {had} the kiosk already had (an old copy, or one played back); if the channel folder was made again, publish its next list with --above {had}</source>
        <translation>سرور د اپډیټ لېست نمبر {got} راولېږه، چې له نمبر {had} نه زوړ دی چې له مخکې په کیوسک کې و (یوه زړه کاپي، یا بیا راولېږل شوی زوړ لېست)؛ که د چینل فولډر له سره جوړ شوی وي، راتلونکی لېست د ‎--above {had}‎ سره خپور کړئ</translation>
    </message>
    <message>
        <source>the update list the server sent ran out on {date} by this kiosk&apos;s clock, which reads {today}: if that date is wrong, set the clock; if not, whoever publishes the channel must sign it again</source>
        <translation>د دې کیوسک د ساعت له مخې د سرور د رالېږل شوي اپډیټ لېست موده په {date} پای ته ورسېده: که د کیوسک د ساعت نېټه ({today}) غلطه وي، ساعت سم کړئ؛ که نه، څوک چې چینل خپروي، باید یې بیا لاسلیک کړي</translation>
    </message>
    <message>
        <source>{why}; the kiosk keeps to update list {number}, in date until {date}</source>
        <translation>{why}؛ کیوسک به د اپډیټ لېست نمبر {number} کاروي، چې تر {date} پورې اعتبار لري</translation>
    </message>
    <message>
        <source>no fresh update list since {date}: {why}</source>
        <translation>له {date} راهیسې هېڅ نوی اپډیټ لېست نه دی رارسېدلی: {why}</translation>
    </message>
    <message>
        <source>no fresh update list yet: {why}</source>
        <translation>تر اوسه هېڅ نوی اپډیټ لېست نه دی رارسېدلی: {why}</translation>
    </message>
    <message>
        <source>{file} is too big ({size} MB)</source>
        <translation>{file} ډېر لوی دی ({size} MB)</translation>
    </message>
    <message>
        <source>the update server sent a web page, not {what}: the network may need signing in first (as many Wi-Fi networks do), or the address is wrong; sign in from a browser on this computer, or ask IT</source>
        <translation>اپډیټ سرور د {what} پر ځای یوه ویب پاڼه راولېږله: کېدای شي شبکه لومړی ننوتل (sign in) وغواړي (لکه څنګه چې ډېری وای فای شبکې غواړي)، یا پته غلطه وي؛ په دې کمپیوټر کې له براوزر نه ننوځئ، یا له آی ټي څخه وپوښتئ</translation>
    </message>
    <message>
        <source>the update server kept sending the kiosk from one address to another for {what} (answer {code}); ask IT to check the address</source>
        <translation>اپډیټ سرور د {what} لپاره کیوسک له یوې پتې بلې پتې ته لېږه (ځواب {code})؛ له آی ټي څخه وغواړئ چې پته وګوري</translation>
    </message>
    <message>
        <source>the update server resumed {file} at the wrong place; it will be downloaded again from the start</source>
        <translation>اپډیټ سرور د {file} ډاونلوډ له غلط ځای نه بیا پیل کړ؛ اوس به له سره بیا ډاونلوډ شي</translation>
    </message>
    <message>
        <source>download paused; it will resume later</source>
        <translation>ډاونلوډ ودرول شو؛ وروسته به له همغه ځایه روان شي</translation>
    </message>
    <message>
        <source>{file} is bigger than the channel says; refused</source>
        <translation>{file} د چینل له ښودل شوي سایز نه لوی دی؛ ونه منل شو</translation>
    </message>
    <message>
        <source>the kiosk&apos;s disk is full; the download of {file} will resume when there is room</source>
        <translation>د کیوسک ډیسک ډک دی؛ کله چې ځای خالي شي، د {file} ډاونلوډ به له همغه ځایه روان شي</translation>
    </message>
    <message>
        <source>the download of {file} was cut ({reason}); it will resume from {have} bytes next time</source>
        <translation>د {file} ډاونلوډ په منځ کې ودرېد ({reason})؛ بل ځل به له {have} بایټه وروسته روان شي</translation>
    </message>
    <message>
        <source>the download of {file} was cut at {have} of {size} bytes; it will resume next time</source>
        <translation>د {file} ډاونلوډ په {have} بایټه کې ودرېد (ټول {size} بایټه)؛ بل ځل به له همغه ځایه روان شي</translation>
    </message>
    <message>
        <source>is not the pack the channel says it is</source>
        <translation>هغه پیک نه دی چې چینل ویلي و</translation>
    </message>
    <message>
        <source>{file} from the channel {why}; not installed</source>
        <translation>له چینل نه راغلی فایل {file}: {why}؛ انسټال نه شو</translation>
    </message>
</context>
<context>
    <name>DigitPad</name>
    <message>
        <source>Rub out</source>
        <translation>پاک کړئ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
</context>
<context>
    <name>FolderCard</name>
    <message>
        <source>Folder: %1</source>
        <translation>فولډر: %1</translation>
    </message>
    <message>
        <source>Reading this pack folder…</source>
        <translation>د پیک فولډر لوستل کېږي…</translation>
    </message>
    <message>
        <source>This folder cannot be read as a pack:</source>
        <translation>دا فولډر د پیک په توګه نه لوستل کېږي:</translation>
    </message>
    <message>
        <source>%1, version %2 (a pack folder)</source>
        <translation>%1، ورژن %2 (د پیک فولډر)</translation>
    </message>
    <message>
        <source>A pack folder is a pack still being made. Preview it here, and record a person&apos;s voice for its pages if this kiosk has a microphone. To install it, build it into a .kpack file on a staff computer (kiosk-pack build).</source>
        <translation>د پیک فولډر هغه پیک دی چې لا جوړېږي. دلته یې مخکتنه وکړئ، او که له دې کیوسک سره مایکروفون وي، د پاڼو لپاره یې د یو انسان غږ ریکارډ کړئ. د انسټالولو لپاره یې د سټاف په کمپیوټر کې ترې ⁦.kpack⁩ فایل جوړ کړئ (⁦kiosk-pack build⁩).</translation>
    </message>
    <message>
        <source>Preview and record</source>
        <translation>مخکتنه او ریکارډ</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Done. Patients will see the older version from the next start screen, when you close this panel.</source>
        <translation>وشو. کله چې دا پینل بند کړئ، ناروغان به د پیل له راتلونکي سکرین څخه زوړ ورژن وویني.</translation>
    </message>
    <message>
        <source>Could not go back; nothing was changed.</source>
        <translation>پخواني ورژن ته بېرته تلل ونه شول؛ هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Showing now: %1, version %2, installed %3 from %4.</source>
        <translation>اوس ښودل کېږي: %1، ورژن %2، چې په %3 له %4 څخه انسټال شو.</translation>
    </message>
    <message>
        <source>Showing now: the pack that came with the kiosk (%1, version %2).</source>
        <translation>اوس ښودل کېږي: هغه پیک چې له کیوسک سره راغلی (%1، ورژن %2).</translation>
    </message>
    <message>
        <source>%1, version %2, installed %3 from %4</source>
        <translation>%1، ورژن %2، چې په %3 له %4 څخه انسټال شو</translation>
    </message>
    <message>
        <source>the pack that came with the kiosk (version %1)</source>
        <translation>هغه پیک چې له کیوسک سره راغلی (ورژن %1)</translation>
    </message>
    <message>
        <source>Older versions kept for going back (newest first):</source>
        <translation>د بېرته تللو لپاره ساتل شوي زاړه ورژنونه (نوي لومړی):</translation>
    </message>
    <message>
        <source>There is no older version to go back to.</source>
        <translation>داسې زوړ ورژن نشته چې ورته بېرته لاړ شئ.</translation>
    </message>
    <message>
        <source>Go back to the previous version? The version in use now will be deleted from the kiosk.</source>
        <translation>پخواني ورژن ته بېرته ځئ؟ اوسنی ورژن به له کیوسک څخه پاک شي.</translation>
    </message>
    <message>
        <source>a USB stick</source>
        <translation>یو ایس بي سټیک</translation>
    </message>
    <message>
        <source>the update channel</source>
        <translation>د اپډیټ چینل</translation>
    </message>
    <message>
        <source>Go back one version</source>
        <translation>یو ورژن شاته لاړ شئ</translation>
    </message>
    <message>
        <source>Yes, go back</source>
        <translation>هو، شاته لاړ شئ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>More topics in %1</source>
        <translation>نورې موضوعګانې په %1 کې</translation>
    </message>
    <message>
        <source>Emergency? What to do now · call {emergency_number}</source>
        <translation>ایمرجنسي؟ اوس څه وکړئ · {emergency_number} ته زنګ ووهئ</translation>
    </message>
</context>
<context>
    <name>KeyDigitsEntry</name>
    <message>
        <source>These digits are not a key: one of them is mistyped. Check each group against the paper.</source>
        <translation>دا عددونه کومه سمه کیلي نه جوړوي: یو عدد غلط لیکل شوی. هره ډله له کاغذ سره پرتله کړئ.</translation>
    </message>
    <message>
        <source>%1 of %2 digits</source>
        <translation>%1 له %2 عددونو</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
    <message>
        <source>Type the key&apos;s digits</source>
        <translation>د کیلي عددونه ولیکئ</translation>
    </message>
    <message>
        <source>Type the %1 digits that were printed when the key was made, in groups of five.</source>
        <translation>هغه %1 عددونه چې د کیلي جوړولو پر مهال چاپ شوي وو، پنځه پنځه په ډلو کې ولیکئ.</translation>
    </message>
</context>
<context>
    <name>KeyRow</name>
    <message>
        <source>A key with no name</source>
        <translation>بې نومه کیلي</translation>
    </message>
    <message>
        <source>%1
Fingerprint: %2</source>
        <translation>%1
د پېژندنې کوډ: %2</translation>
    </message>
    <message>
        <source>Stop trusting this key? Packs signed only with it can no longer be installed. The pack in use stays.</source>
        <translation>پر دې کیلي باور پای ته رسوئ؟ هغه پیکونه چې یوازې په دې کیلي لاسلیک شوي، نور به انسټال نه شي. اوسنی پیک به پاتې وي.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لرې کړئ</translation>
    </message>
    <message>
        <source>Yes, remove</source>
        <translation>هو، لرې کړئ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>No key file (ending in .pub) was found at the top of a USB stick.</source>
        <translation>پر یو ایس بي سټیک (د کوم فولډر دننه نه) د کیلي کوم فایل (چې په ⁦.pub⁩ پای ته رسېږي) ونه موندل شو.</translation>
    </message>
    <message>
        <source>%1 on the USB stick cannot be read as a kiosk key. Ask the key&apos;s owner for its .pub file again.</source>
        <translation>پر یو ایس بي سټیک %1 د کیوسک د کیلي په توګه نه لوستل کېږي. د کیلي له خاوند څخه یې ⁦.pub⁩ فایل بیا وغواړئ.</translation>
    </message>
    <message>
        <source>The keys on the USB stick are already trusted.</source>
        <translation>د یو ایس بي سټیک پر کیلي ګانو دمخه باور شوی دی.</translation>
    </message>
    <message>
        <source>That key is already trusted.</source>
        <translation>پر دې کیلي دمخه باور شوی دی.</translation>
    </message>
    <message>
        <source>The key could not be saved; nothing was changed.</source>
        <translation>کیلي خوندي نه شوه؛ هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Trusted. Packs signed with this key can now be installed.</source>
        <translation>باور وشو. هغه پیکونه چې په دې کیلي لاسلیک شوي، اوس انسټال کېدای شي.</translation>
    </message>
    <message>
        <source>The key could not be removed; nothing was changed.</source>
        <translation>کیلي لرې نه شوه؛ هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Removed. This kiosk no longer trusts that key.</source>
        <translation>لرې شوه. دا کیوسک نور پر هغې کیلي باور نه کوي.</translation>
    </message>
    <message>
        <source>Key file on the USB stick: %1</source>
        <translation>پر یو ایس بي سټیک د کیلي فایل: %1</translation>
    </message>
    <message>
        <source>The key you typed.</source>
        <translation>هغه کیلي چې تاسو ولیکله.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>نوم: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>نوم نه دی ورکړل شوی</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>د پېژندنې کوډ: %1</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the key&apos;s owner gave you (on paper or by phone). Trust it only if every letter and digit is the same.</source>
        <translation>دا د پېژندنې کوډ (فنګرپرنټ) له هغه کوډ سره پرتله کړئ چې د کیلي خاوند درکړی (پر کاغذ یا په ټیلیفون). یوازې هغه وخت باور پرې وکړئ چې هر توری او هر عدد بالکل یو شان وي.</translation>
    </message>
    <message>
        <source>Packs can be installed only when they are signed with a key this kiosk trusts. These are the trusted keys:</source>
        <translation>پیکونه یوازې هغه وخت انسټال کېدای شي چې په داسې کیلي لاسلیک شوي وي چې دا کیوسک پرې باور کوي. باوري کیلي ګانې دا دي:</translation>
    </message>
    <message>
        <source>No key is trusted yet, so no signed pack can be installed.</source>
        <translation>لا تر اوسه پر هېڅ کیلي باور نه دی شوی، نو هېڅ لاسلیک شوی پیک نه شي انسټال کېدای.</translation>
    </message>
    <message>
        <source>Trust a new key</source>
        <translation>پر نوې کیلي باور وکړئ</translation>
    </message>
    <message>
        <source>From a USB stick</source>
        <translation>له یو ایس بي سټیک څخه</translation>
    </message>
    <message>
        <source>Type its digits</source>
        <translation>عددونه یې ولیکئ</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>پر دې کیلي باور وکړئ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>انګرېزي</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>سندهي</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>پنجابي</translation>
    </message>
    <message>
        <source>Saraiki</source>
        <translation>سرائیکي</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first}, {rest}</source>
        <extracomment>(context, English template) -&gt; template in the reader&apos;s language.</extracomment>
        <translation>{first}، {rest}</translation>
    </message>
</context>
<context>
    <name>NumberEntry</name>
    <message>
        <source>Emergency number</source>
        <translation>د ایمرجنسي نمبر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
</context>
<context>
    <name>PackCard</name>
    <message>
        <source>Installed. Patients will see it from the next start screen, when you close this panel.</source>
        <translation>انسټال شو. کله چې دا پینل بند کړئ، ناروغان به یې د پیل له راتلونکي سکرین څخه وویني.</translation>
    </message>
    <message>
        <source>Not installed. The kiosk still shows the same pack as before; nothing was lost.</source>
        <translation>انسټال نه شو. کیوسک لا هم پخوانی پیک ښيي؛ هېڅ شی ورک نه شو.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>فایل: %1</translation>
    </message>
    <message>
        <source>Checking this pack…</source>
        <translation>دا پیک کتل کېږي…</translation>
    </message>
    <message>
        <source>This file is still being copied (it changed while it was read). It is checked again when the copy is done.</source>
        <translation>دا فایل لا کاپي کېږي (د لوستلو پر مهال بدله شوه). کله چې کاپي بشپړه شي، بیا به وکتل شي.</translation>
    </message>
    <message>
        <source>This file cannot be read as a pack. It may be damaged, or the USB stick was taken out.</source>
        <translation>دا فایل د پیک په توګه نه لوستل کېږي. کېدای شي خراب وي، یا یو ایس بي سټیک ایستل شوی وي.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، ورژن %2</translation>
    </message>
    <message>
        <source>Signed by %1&apos;s key (%2).</source>
        <translation>د %1 په کیلي لاسلیک شوی (%2).</translation>
    </message>
    <message>
        <source>Signed by a trusted key (%2).</source>
        <translation>په باوري کیلي لاسلیک شوی (%2).</translation>
    </message>
    <message>
        <source>Signed by a key this kiosk does not know yet (%1), so the signature cannot be checked and it cannot be installed. Trust it? Add the key under Keys, after checking that its fingerprint is the one its maker gave you.</source>
        <translation>په داسې کیلي لاسلیک شوی چې دا کیوسک یې لا نه پېژني (%1)، نو لاسلیک نه شي کتل کېدای او دا پیک نه شي انسټال کېدای. باور پرې کوئ؟ لومړی وګورئ چې د پېژندنې کوډ یې هماغه دی چې جوړوونکي یې درکړی، بیا یې په «کیلي ګانې» برخه کې ور اضافه کړئ.</translation>
    </message>
    <message>
        <source>Not signed: nobody vouches for this file.</source>
        <translation>لاسلیک شوی نه دی: هېڅوک د دې فایل ضمانت نه کوي.</translation>
    </message>
    <message>
        <source>Not signed: nobody vouches for this file. This kiosk is set not to install unsigned packs from USB, so it cannot be installed.</source>
        <translation>لاسلیک شوی نه دی: هېڅوک د دې فایل ضمانت نه کوي. دا کیوسک داسې تنظیم شوی چې له یو ایس بي څخه بې لاسلیکه پیکونه نه انسټالوي، نو دا نه شي انسټال کېدای.</translation>
    </message>
    <message>
        <source>Damaged or changed after it was signed: do not use it. It will not be installed.</source>
        <translation>خراب دی یا له لاسلیک وروسته بدل شوی: مه یې کاروئ. نه به انسټال شي.</translation>
    </message>
    <message>
        <source>Problems found (it cannot be installed):</source>
        <translation>ستونزې وموندل شوې (نه شي انسټال کېدای):</translation>
    </message>
    <message>
        <source>Checked: no problems found.</source>
        <translation>وکتل شو: هېڅ ستونزه ونه موندل شوه.</translation>
    </message>
    <message>
        <source>…and %1 more</source>
        <translation>…او %1 نور</translation>
    </message>
    <message>
        <source>This is not newer than the pack in use (version %1).</source>
        <translation>دا له اوسني پیک (ورژن %1) څخه نوی نه دی.</translation>
    </message>
    <message>
        <source>What would change:</source>
        <translation>څه به بدل شي:</translation>
    </message>
    <message>
        <source>Warning: an unsigned pack could contain anything, including wrong medical advice. Install it only if you made it yourself or know who did.</source>
        <translation>خبرداری: په بې لاسلیکه پیک کې هر څه کېدای شي، حتی غلطې طبي مشورې هم. یوازې هغه وخت یې انسټال کړئ چې تاسو پخپله جوړ کړی وي یا پوهېږئ چې چا جوړ کړی.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>مخکتنه</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>انسټال کړئ</translation>
    </message>
    <message>
        <source>Install anyway</source>
        <translation>بیا هم انسټال کړئ</translation>
    </message>
    <message>
        <source>Don&apos;t install</source>
        <translation>مه انسټالوئ</translation>
    </message>
    <message>
        <source>Trust a key…</source>
        <translation>پر کیلي باور وکړئ…</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 له %2</translation>
    </message>
    <message>
        <source>Packs on USB sticks (at the top of the stick or in a folder named %1) and in the kiosk&apos;s pack folder.</source>
        <translation>پر یو ایس بي سټیکونو (د سټیک په سر کې یا د %1 په نوم فولډر کې) او د کیوسک د پیکونو په فولډر کې موجود پیکونه.</translation>
    </message>
    <message>
        <source>No packs found yet. Put the USB stick in; packs appear here by themselves.</source>
        <translation>لا کوم پیک نه دی موندل شوی. یو ایس بي سټیک ولګوئ؛ پیکونه به پخپله دلته ښکاره شي.</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>بیا ولټوئ</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>مخکیني</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ورپسې</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>All topics</source>
        <translation>ټولې موضوعګانې</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>مخته</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>شاته</translation>
    </message>
    <message>
        <source>Page %1 of %2, part %3 of %4</source>
        <translation>پاڼه %1 له %2، برخه %3 له %4</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>پاڼه %1 له %2</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>A PIN needs at least %1 digits.</source>
        <translation>پن باید لږ تر لږه %1 عددونه ولري.</translation>
    </message>
    <message>
        <source>Anyone could guess that PIN (like 1111, 1234 or a year). Please choose another.</source>
        <translation>دا پن هر څوک اټکلولی شي (لکه 1111، 1234 یا یو کال). مهرباني وکړئ بل پن وټاکئ.</translation>
    </message>
    <message>
        <source>The two PINs were not the same. Please choose a PIN again.</source>
        <translation>دواړه پنونه یو شان نه وو. مهرباني وکړئ بیا پن وټاکئ.</translation>
    </message>
    <message>
        <source>The PIN could not be checked (the kiosk&apos;s disk refused it). Please try again, or ask IT.</source>
        <translation>پن ونه کتل شو (د کیوسک ډیسک ونه مانه). بیا هڅه وکړئ، یا له آی ټي څخه مرسته وغواړئ.</translation>
    </message>
    <message>
        <source>The PIN could not be saved (the kiosk&apos;s disk refused it). Nothing was changed; please try again, or ask IT.</source>
        <translation>پن خوندي نه شو (د کیوسک ډیسک ونه مانه). هېڅ شی بدل نه شو؛ بیا هڅه وکړئ، یا له آی ټي څخه مرسته وغواړئ.</translation>
    </message>
    <message>
        <source>The recovery code is right. Now choose a new PIN.</source>
        <translation>ریکوري کوډ سم دی. اوس نوی پن وټاکئ.</translation>
    </message>
    <message>
        <source>That recovery code is not right. Tries left before the pad rests: %1</source>
        <translation>دا ریکوري کوډ سم نه دی. د پیډ له درېدو مخکې پاتې هڅې: %1</translation>
    </message>
    <message>
        <source>That PIN is not right. Tries left before the pad rests: %1</source>
        <translation>دا پن سم نه دی. د پیډ له درېدو مخکې پاتې هڅې: %1</translation>
    </message>
    <message>
        <source>The staff PIN file is damaged, so the panel stays locked. Ask IT to delete staff.json in the kiosk&apos;s data folder; then a new PIN can be chosen.</source>
        <translation>د سټاف د پن فایل خراب دی، نو پینل به بند پاتې شي. آی ټي ته ووایئ چې د کیوسک د ډېټا له فولډر څخه ⁦staff.json⁩ پاک کړي؛ بیا نوی پن ټاکل کېدای شي.</translation>
    </message>
    <message>
        <source>Too many wrong tries, so the pad is resting for safety. Please try again in %1 h %2 min. Nothing else has changed. IT can set a new PIN from the kiosk&apos;s computer (kiosk --set-pin).</source>
        <translation>ډېرې غلطې هڅې وشوې، نو د خوندیتوب لپاره پیډ څه وخت بند دی. مهرباني وکړئ %1 ساعته %2 دقیقې وروسته بیا هڅه وکړئ. بل هېڅ شی نه دی بدل شوی. آی ټي کولی شي د کیوسک له کمپیوټر څخه نوی پن کېږدي (⁦kiosk --set-pin⁩).</translation>
    </message>
    <message>
        <source>Too many wrong tries, so the pad is resting for safety. Please try again in %1 min %2 s. Nothing else has changed.</source>
        <translation>ډېرې غلطې هڅې وشوې، نو د خوندیتوب لپاره پیډ څه وخت بند دی. مهرباني وکړئ %1 دقیقې %2 ثانیې وروسته بیا هڅه وکړئ. بل هېڅ شی نه دی بدل شوی.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>یوازې د سټاف لپاره</translation>
    </message>
    <message>
        <source>Staff PIN again</source>
        <translation>د سټاف پن بیا</translation>
    </message>
    <message>
        <source>Forgotten PIN</source>
        <translation>هېر شوی پن</translation>
    </message>
    <message>
        <source>Choose a staff PIN</source>
        <translation>د سټاف پن وټاکئ</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>همدا پن بیا ولیکئ</translation>
    </message>
    <message>
        <source>Write down this recovery code</source>
        <translation>دا ریکوري کوډ پر کاغذ ولیکئ</translation>
    </message>
    <message>
        <source>Enter the staff PIN, then press OK.</source>
        <translation>د سټاف پن ولیکئ، بیا «سمه ده» کېکاږئ.</translation>
    </message>
    <message>
        <source>Trusting a key lets its owner change what patients read. Enter the staff PIN once more to confirm.</source>
        <translation>پر یوه کیلي باور کول د هغې خاوند ته اجازه ورکوي چې هغه څه بدل کړي چې ناروغان یې لولي. د تایید لپاره د سټاف پن یو ځل بیا ولیکئ.</translation>
    </message>
    <message>
        <source>Choose a new PIN of 6 to 8 digits. Tell it only to the staff who need it.</source>
        <translation>له 6 تر 8 عددونو نوی پن وټاکئ. یوازې د سټاف هغو غړو ته یې ووایئ چې ورته اړتیا لري.</translation>
    </message>
    <message>
        <source>This is the first start. Choose a PIN of 6 to 8 digits; staff will need it to open the staff panel.</source>
        <translation>کیوسک لومړی ځل پیلېږي. له 6 تر 8 عددونو پن وټاکئ؛ سټاف ته به د سټاف پینل د پرانیستلو لپاره اړین وي.</translation>
    </message>
    <message>
        <source>Type the new PIN once more so we know it is right.</source>
        <translation>نوی پن یو ځل بیا ولیکئ چې ډاډه شو سم دی.</translation>
    </message>
    <message>
        <source>Type the 12-digit recovery code that was shown when the PIN was chosen. It works once.</source>
        <translation>هغه 12 عددي ریکوري کوډ ولیکئ چې د پن ټاکلو پر مهال ښودل شوی و. یوازې یو ځل کار کوي.</translation>
    </message>
    <message>
        <source>Keep it locked away. If the PIN is forgotten, it lets staff choose a new one, once. Then press OK.</source>
        <translation>په قلف شوي ځای کې یې وساتئ. که پن هېر شي، سټاف پرې یو ځل نوی پن ټاکلی شي. بیا «سمه ده» کېکاږئ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>پن مو هېر شوی؟</translation>
    </message>
</context>
<context>
    <name>PreviewOverlay</name>
    <message>
        <source>Opening the preview…</source>
        <translation>مخکتنه پرانیستل کېږي…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کړئ</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Record a voice</source>
        <translation>غږ ریکارډ کړئ</translation>
    </message>
    <message>
        <source>This topic is not written in %1 yet: patients reading it are offered it in another language.</source>
        <translation>دا موضوع لا په %1 نه ده لیکل شوې: د دې ژبې لوستونکو ته په بله ژبه ښودل کېږي.</translation>
    </message>
    <message>
        <source>Voice: none recorded; the computer&apos;s own voice reads it if it has one for this language.</source>
        <translation>غږ: هېڅ نه دی ریکارډ شوی؛ که کمپیوټر د دې ژبې غږ ولري، هغه یې لولي.</translation>
    </message>
    <message>
        <source>Voice: a machine&apos;s draft (%1); record a person&apos;s voice for patients.</source>
        <translation>غږ: د ماشین لومړنۍ مسوده (%1)؛ د ناروغانو لپاره د یو انسان غږ ریکارډ کړئ.</translation>
    </message>
    <message>
        <source>Voice: recorded by a person.</source>
        <translation>غږ: د یو انسان له خوا ریکارډ شوی.</translation>
    </message>
    <message>
        <source>This page is about %1% too long for this screen: shorten it or split it.</source>
        <translation>دا پاڼه د دې سکرین لپاره شاوخوا %1% اوږده ده: لنډه یې کړئ یا یې په دوو پاڼو ووېشئ.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>%1: page %2 of %3 (%4 of %5 in the pack)</source>
        <translation>%1: پاڼه %2 له %3 (په ټول پیک کې %4 له %5)</translation>
    </message>
    <message>
        <source>The last save could not be shown; still showing the version before it:</source>
        <translation>وروستی خوندي شوی بدلون ونه ښودل شو؛ لا هم مخکینی ورژن ښودل کېږي:</translation>
    </message>
    <message>
        <source>To record a person&apos;s voice, plug in a microphone.</source>
        <translation>د یو انسان د غږ ریکارډولو لپاره مایکروفون ولګوئ.</translation>
    </message>
    <message>
        <source>To record a person&apos;s voice, preview the pack&apos;s folder: a built .kpack file is never changed.</source>
        <translation>د یو انسان د غږ ریکارډولو لپاره د پیک د فولډر مخکتنه وکړئ: جوړ شوی ⁦.kpack⁩ فایل هېڅکله نه بدلېږي.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>مخکینۍ پاڼه</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>بله پاڼه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کړئ</translation>
    </message>
</context>
<context>
    <name>PreviewWindow</name>
    <message>
        <source>Preview: %1</source>
        <translation>مخکتنه: %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{language}, {width}×{height} screen</source>
        <translation>{language}، {width}×{height} سکرین</translation>
    </message>
    <message>
        <source>the topic title does not fit its tile ({where}); shorten it</source>
        <translation>د موضوع سرلیک په خپله خانه کې نه ځایېږي ({where})؛ لنډ یې کړئ</translation>
    </message>
    <message>
        <source>the topic summary does not fit its tile, so it is left out ({where}); shorten it</source>
        <translation>د موضوع لنډیز په خپله خانه کې نه ځایېږي، نو نه ښودل کېږي ({where})؛ لنډ یې کړئ</translation>
    </message>
    <message>
        <source>page {page}: &apos;{text}&apos; does not fit on screen ({where}); shorten it</source>
        <translation>پاڼه {page}: «{text}» په سکرین نه ځایېږي ({where})؛ لنډ یې کړئ</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>افقي</translation>
    </message>
    <message>
        <source>{language} is about {percent}% too long for a {shape} screen ({width}×{height}): shorten it or split the page</source>
        <translation>{language} متن د {shape} سکرین ({width}×{height}) لپاره شاوخوا {percent}% ډېر اوږد دی: لنډ یې کړئ یا پاڼه په دوو برخو ووېشئ</translation>
    </message>
    <message>
        <source>promises too much: &apos;{excerpt}&apos;. A kiosk must not promise a cure, a guarantee, a miracle or no side effects; say what is known, and cite the source</source>
        <translation>له حده زیاته ژمنه کوي: «{excerpt}». کیوسک باید د شفا، ضمانت، معجزې یا د ناوړه اغېزو د نشتوالي ژمنه ونه کړي؛ هغه څه ولیکئ چې معلوم دي، او سرچینه یې وښایئ</translation>
    </message>
    <message>
        <source>is too big ({size} MB; at most {limit} MB)</source>
        <translation>ډېر لوی دی ({size} MB؛ تر ټولو ډېر {limit} MB)</translation>
    </message>
    <message>
        <source>is damaged; copy the pack again</source>
        <translation>خراب دی؛ پیک بیا کاپي کړئ</translation>
    </message>
    <message>
        <source>could not be installed: the kiosk&apos;s disk is full. Free some space (or ask IT), then try again; the current pack is still in use</source>
        <translation>انسټال نه شو: د کیوسک ډیسک ډک دی. یو څه ځای خالي کړئ (یا له آی ټي نه مرسته وغواړئ)، بیا هڅه وکړئ؛ اوسنی پیک لا هم کارېږي</translation>
    </message>
    <message>
        <source>has a name with invisible characters</source>
        <translation>په نوم کې یې نه لیدل کېدونکي توري دي</translation>
    </message>
    <message>
        <source>has a name with a backslash (\); only forward slashes are allowed</source>
        <translation>په نوم کې یې بیک سلیش (\) دی؛ یوازې فارورډ سلیش (/) اجازه لري</translation>
    </message>
    <message>
        <source>has a name starting at the top of the disk (an absolute path)</source>
        <translation>نوم یې د ډیسک له سر (تر ټولو پورته فولډر) نه پیلېږي (absolute path)</translation>
    </message>
    <message>
        <source>has a name with a drive letter</source>
        <translation>په نوم کې یې د ډرایو توری دی (لکه ⁦C:⁩)</translation>
    </message>
    <message>
        <source>has a name with a character Windows does not allow (&lt; &gt; : &quot; | ? *)</source>
        <translation>په نوم کې یې داسې توری دی چې وینډوز یې اجازه نه ورکوي (&lt; &gt; : &quot; | ? *)</translation>
    </message>
    <message>
        <source>has a name that climbs out of its folder (&apos;..&apos;) or is empty</source>
        <translation>نوم یې له خپل فولډر نه بهر وځي (&apos;..&apos;) یا تش دی</translation>
    </message>
    <message>
        <source>has a name Windows keeps for devices (like CON or NUL)</source>
        <translation>نوم یې په وینډوز کې د وسیلو لپاره ځانګړی دی (لکه CON یا NUL)</translation>
    </message>
    <message>
        <source>has a name ending in a space or dot</source>
        <translation>نوم یې په سپېس یا ټکي پای ته رسېږي</translation>
    </message>
    <message>
        <source>has a name that is too long</source>
        <translation>نوم یې ډېر اوږد دی</translation>
    </message>
    <message>
        <source>has &apos;{first}&apos; and &apos;{second}&apos;, whose names differ only in capital letters: on Windows one would overwrite the other; rename one</source>
        <translation>&apos;{first}&apos; او &apos;{second}&apos; دواړه لري، چې نومونه یې یوازې په لویو او وړو تورو کې توپیر لري: په وینډوز کې به یو فایل بل له منځه یوسي؛ د یوه نوم بدل کړئ</translation>
    </message>
    <message>
        <source>is a shortcut (symlink); packs must hold real folders</source>
        <translation>شارټکټ (symlink) دی؛ په پیک کې باید اصلي فولډرونه وي</translation>
    </message>
    <message>
        <source>is not an ordinary file</source>
        <translation>عادي فایل نه دی</translation>
    </message>
    <message>
        <source>changed while the pack was being built; build again</source>
        <translation>د پیک د جوړېدو پر مهال بدل شو؛ پیک بیا جوړ کړئ</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>فایل نه دی</translation>
    </message>
    <message>
        <source>is not a pack file (.kpack), or it was cut short while copying; copy it again</source>
        <translation>پیک فایل (⁦.kpack⁩) نه دی، یا د کاپي کولو پر مهال نیمګړی پاتې شو؛ بیا یې کاپي کړئ</translation>
    </message>
    <message>
        <source>has too many files ({count}; at most {limit})</source>
        <translation>ډېر زیات فایلونه لري ({count}؛ تر ټولو ډېر {limit})</translation>
    </message>
    <message>
        <source>has the file &apos;{inner}&apos; twice; a pack file must not contain duplicates</source>
        <translation>فایل &apos;{inner}&apos; پکې دوه ځله دی؛ په پیک فایل کې باید هېڅ فایل دوه ځله نه وي</translation>
    </message>
    <message>
        <source>is a folder entry; packs list files only</source>
        <translation>د فولډر ثبت دی؛ په پیک کې یوازې فایلونه ثبتېږي</translation>
    </message>
    <message>
        <source>is not part of the pack format</source>
        <translation>د پیک د فارمټ برخه نه ده</translation>
    </message>
    <message>
        <source>is password-protected; packs cannot be</source>
        <translation>په پاسورډ خوندي دی؛ پر پیک پاسورډ نه شي لګېدای</translation>
    </message>
    <message>
        <source>is compressed in a way the kiosk does not read</source>
        <translation>په داسې ډول کمپرېس شوی چې کیوسک یې نه شي لوستلی</translation>
    </message>
    <message>
        <source>is too big ({size} MB unpacked)</source>
        <translation>له خلاصېدو وروسته ډېر لوی دی ({size} MB)</translation>
    </message>
    <message>
        <source>unpacks to far more than its packed size (a &apos;zip bomb&apos;); refused</source>
        <translation>په خلاصېدو له خپل کمپرېس شوي سایز نه ډېر زیات لوی کېږي (zip bomb)؛ ونه منل شو</translation>
    </message>
    <message>
        <source>unpacks to too much ({size} MB; at most {limit} MB)</source>
        <translation>په خلاصېدو ټول سایز یې ډېر زیات کېږي ({size} MB؛ تر ټولو ډېر {limit} MB)</translation>
    </message>
    <message>
        <source>is listed twice in the manifest</source>
        <translation>د فایلونو په لېست (manifest) کې دوه ځله ثبت دی</translation>
    </message>
    <message>
        <source>is listed in the manifest but missing from the pack file</source>
        <translation>د فایلونو په لېست (manifest) کې ثبت دی، خو په پیک فایل کې نشته</translation>
    </message>
    <message>
        <source>has a different size from the manifest (damaged or altered)</source>
        <translation>سایز یې د فایلونو له لېست (manifest) سره توپیر لري (خراب دی یا بدل شوی)</translation>
    </message>
    <message>
        <source>is not listed in the manifest (added after the pack was built)</source>
        <translation>د فایلونو په لېست (manifest) کې نه دی ثبت (د پیک له جوړېدو وروسته ور اضافه شوی)</translation>
    </message>
    <message>
        <source>is bigger than the manifest says (damaged or altered)</source>
        <translation>د فایلونو په لېست (manifest) کې له لیکل شوي سایز نه لوی دی (خراب دی یا بدل شوی)</translation>
    </message>
    <message>
        <source>is damaged inside the pack file; copy the pack again</source>
        <translation>د پیک فایل دننه خراب دی؛ پیک بیا کاپي کړئ</translation>
    </message>
    <message>
        <source>cannot be read ({reason}); copy the pack again</source>
        <translation>نه شي لوستل کېدای ({reason})؛ پیک بیا کاپي کړئ</translation>
    </message>
    <message>
        <source>does not match its checksum in the manifest (damaged or altered)</source>
        <translation>د فایلونو په لېست (manifest) کې له ورکړل شوي چېکسم (checksum) سره سمون نه لري (خراب دی یا بدل شوی)</translation>
    </message>
    <message>
        <source>points outside the pack</source>
        <translation>د پیک بهر ته اشاره کوي</translation>
    </message>
    <message>
        <source>lists two files that would land in the same place (names differing only by case?)</source>
        <translation>دوه داسې فایلونه پکې دي چې په خلاصېدو به په یوه ځای کې خوندي شي (ښايي نومونه یې یوازې د انګرېزي لویو او وړو تورو توپیر ولري؟)</translation>
    </message>
    <message>
        <source>could not be written to the kiosk&apos;s disk ({reason}); the current pack is still in use</source>
        <translation>د کیوسک په ډیسک خوندي نه شو ({reason})؛ اوسنی پیک لا هم کارېږي</translation>
    </message>
    <message>
        <source>has no {inner}; it is not a pack file made by &apos;kiosk-pack build&apos;</source>
        <translation>{inner} پکې نشته؛ دا د &apos;kiosk-pack build&apos; په مرسته جوړ شوی پیک فایل نه دی</translation>
    </message>
    <message>
        <source>is too big</source>
        <translation>ډېر لوی دی</translation>
    </message>
    <message>
        <source>is damaged (not readable); build the pack again</source>
        <translation>خراب دی (نه لوستل کېږي)؛ پیک بیا جوړ کړئ</translation>
    </message>
    <message>
        <source>is damaged (wrong layout)</source>
        <translation>خراب دی (جوړښت یې غلط دی)</translation>
    </message>
    <message>
        <source>has an image in the text; put pictures in &apos;illustration&apos; instead</source>
        <translation>په متن کې تصویر دی؛ تصویرونه پر ځای یې په &apos;illustration&apos; کې کېږدئ</translation>
    </message>
    <message>
        <source>has a link; patients cannot follow links, so write the words out</source>
        <translation>لینک پکې دی؛ ناروغان لینک نه شي خلاصولی، نو ټوله خبره ولیکئ</translation>
    </message>
    <message>
        <source>has HTML in it; use plain Markdown only</source>
        <translation>HTML پکې دی؛ یوازې ساده Markdown وکاروئ</translation>
    </message>
    <message>
        <source>has a web address; put sources in pack.toml [sources], not in the text</source>
        <translation>وېب پته پکې ده؛ سرچینې په متن کې نه، بلکې د pack.toml په [sources] کې ولیکئ</translation>
    </message>
    <message>
        <source>is too long for one screen ({count} characters, at most {limit}); split it into two pages</source>
        <translation>د یوه سکرین لپاره ډېر اوږد دی ({count} توري، تر ټولو ډېر {limit})؛ په دوو پاڼو یې ووېشئ</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>تش دی</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is missing</source>
        <translation>&apos;{field}&apos; نشته</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not something a pack can have here (check the spelling)</source>
        <translation>&apos;{field}&apos; دلته په پیک کې نه شي راتلی (املا یې وګورئ)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be text in quotes</source>
        <translation>&apos;{field}&apos; باید د کوټېشن نښو (&quot; &quot;) په منځ کې لیکل شوی متن وي</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is empty</source>
        <translation>&apos;{field}&apos; تش دی</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too long</source>
        <translation>&apos;{field}&apos; ډېر اوږد دی</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has characters that are not allowed ({hint})</source>
        <translation>&apos;{field}&apos; داسې توري لري چې اجازه یې نشته ({hint})</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a whole number</source>
        <translation>&apos;{field}&apos; باید بشپړ عدد وي (بې اعشاریې)</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be true or false</source>
        <translation>&apos;{field}&apos; باید true یا false وي</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a number</source>
        <translation>&apos;{field}&apos; باید عدد وي</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too small</source>
        <translation>&apos;{field}&apos; ډېر کوچنی دی</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is too large</source>
        <translation>&apos;{field}&apos; ډېر لوی دی</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a list in square brackets</source>
        <translation>&apos;{field}&apos; باید په څلورګوټو قوسونو [ ] کې لیکل شوی لېست وي</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; needs at least one entry</source>
        <translation>&apos;{field}&apos; باید لږ تر لږه یو ثبت ولري</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has too many entries</source>
        <translation>&apos;{field}&apos; ډېر زیات ثبتونه لري</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a date like 2026-11-24</source>
        <translation>&apos;{field}&apos; باید د 2026-11-24 په شان نېټه وي</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be one of: {expected}</source>
        <translation>&apos;{field}&apos; باید له دې څخه یو وي: {expected}</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; should be a table</source>
        <translation>&apos;{field}&apos; باید جدول (table) وي</translation>
    </message>
    <message>
        <source>use small letters, digits and dashes</source>
        <translation>د انګرېزي واړه توري، عددونه او ډېش (-) وکاروئ</translation>
    </message>
    <message>
        <source>use an icon name like fa5s.heartbeat</source>
        <translation>د fa5s.heartbeat په شان د آیکن نوم وکاروئ</translation>
    </message>
    <message>
        <source>use a version like 0.1.0</source>
        <translation>د 0.1.0 په شان ورژن وکاروئ</translation>
    </message>
    <message>
        <source>see docs/content-packs.md</source>
        <translation>docs/content-packs.md وګورئ</translation>
    </message>
    <message>
        <source>has {count} problems; the first {shown} are listed</source>
        <translation>{count} ستونزې لري؛ لومړۍ {shown} دلته ښودل شوې دي</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; {detail}</source>
        <translation>&apos;{field}&apos;: {detail}</translation>
    </message>
    <message>
        <source>is not valid TOML: {detail}. Check quotes, brackets and &apos;=&apos; signs</source>
        <translation>سم TOML نه دی: {detail}. کوټېشن نښې، قوسونه او &apos;=&apos; نښې وګورئ</translation>
    </message>
    <message>
        <source>is too big ({size} KB; at most {limit} KB)</source>
        <translation>ډېر لوی دی ({size} KB؛ تر ټولو ډېر {limit} KB)</translation>
    </message>
    <message>
        <source>is not saved as UTF-8 text; save it again choosing UTF-8</source>
        <translation>د UTF-8 متن په توګه نه دی خوندي شوی؛ بیا یې خوندي کړئ او UTF-8 وټاکئ</translation>
    </message>
    <message>
        <source>is shaped far beyond any pack&apos;s ({reason}); refused unread</source>
        <translation>جوړښت یې له هر پیک نه ډېر زیات پېچلی دی ({reason})؛ له لوستلو پرته رد شو</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has no text in {languages}; add {example}</source>
        <translation>&apos;{field}&apos; کې په {languages} متن نشته؛ {example} ور زیات کړئ</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has text in {languages}, which pack.toml&apos;s &apos;languages&apos; does not list</source>
        <translation>&apos;{field}&apos; کې په {languages} متن دی، چې د pack.toml په &apos;languages&apos; لېست کې نشته</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; has text in {languages}, which the topic&apos;s &apos;languages&apos; does not list: add it there, or remove the text</source>
        <translation>&apos;{field}&apos; کې په {languages} متن دی، چې د موضوع په &apos;languages&apos; لېست کې نشته: هلته یې ور زیات کړئ، یا متن لرې کړئ</translation>
    </message>
    <message>
        <source>icon &apos;{icon}&apos; is not a Font Awesome 5 icon; pick one at fontawesome.com/v5/search (free icons)</source>
        <translation>آیکن &apos;{icon}&apos; د ⁦Font Awesome 5⁩ آیکن نه دی؛ له ⁦fontawesome.com/v5/search⁩ نه یو وړیا آیکن وټاکئ</translation>
    </message>
    <message>
        <source>illustration &apos;{name}&apos; points outside the pack</source>
        <translation>تصویر &apos;{name}&apos; د پیک بهر ته اشاره کوي</translation>
    </message>
    <message>
        <source>illustration &apos;{name}&apos; must be an SVG drawing</source>
        <translation>تصویر &apos;{name}&apos; باید SVG ډراینګ وي</translation>
    </message>
    <message>
        <source>illustration &apos;{name}&apos; is missing</source>
        <translation>تصویر &apos;{name}&apos; نشته</translation>
    </message>
    <message>
        <source>illustration &apos;{name}&apos; is too big (at most {limit} MB)</source>
        <translation>تصویر &apos;{name}&apos; ډېر لوی دی (تر ټولو ډېر {limit} MB)</translation>
    </message>
    <message>
        <source>page &apos;{page}&apos; gives both one status for the page and a status for each treatment; keep the [[pages.treatments]] and remove &apos;status&apos;</source>
        <translation>پاڼه &apos;{page}&apos; د ټولې پاڼې لپاره یو حالت هم ورکوي او د هر علاج لپاره جلا حالت هم؛ [[pages.treatments]] وساتئ او &apos;status&apos; لرې کړئ</translation>
    </message>
    <message>
        <source>is in {language}, which the topic&apos;s &apos;languages&apos; does not list: add it there, or remove the file</source>
        <translation>په {language} دی، چې د موضوع په &apos;languages&apos; لېست کې نشته: هلته یې ور زیات کړئ، یا فایل لرې کړئ</translation>
    </message>
    <message>
        <source>gives timings for a narration that is not there; add {page}.{lang}.ogg or remove this file</source>
        <translation>د داسې غږ وختونه ورکوي چې نشته؛ {page}.{lang}.ogg ور اضافه کړئ یا دا فایل لرې کړئ</translation>
    </message>
    <message>
        <source>folder is missing</source>
        <translation>فولډر نشته</translation>
    </message>
    <message>
        <source>lists its own &apos;languages&apos;, which needs format = 2 in pack.toml</source>
        <translation>خپل &apos;languages&apos; لېست لري، چې د هغه لپاره په pack.toml کې format = 2 پکار دی</translation>
    </message>
    <message>
        <source>&apos;languages&apos; lists {languages}, which pack.toml&apos;s &apos;languages&apos; does not</source>
        <translation>&apos;languages&apos; کې {languages} لیکل شوې، چې د pack.toml په &apos;languages&apos; کې نشته</translation>
    </message>
    <message>
        <source>has two pages called &apos;{page}&apos;</source>
        <translation>د &apos;{page}&apos; په نوم دوه پاڼې لري</translation>
    </message>
    <message>
        <source>page &apos;{page}&apos; cites {keys}, which pack.toml [sources] does not list</source>
        <translation>پاڼه &apos;{page}&apos; د {keys} حواله ورکوي، چې د pack.toml په [sources] کې نه دي ثبت</translation>
    </message>
    <message>
        <source>describes the language &apos;{code}&apos;, which &apos;languages&apos; does not list</source>
        <translation>د &apos;{code}&apos; ژبې تشریح لري، چې په &apos;languages&apos; کې نشته</translation>
    </message>
    <message>
        <source>[language.{code}] cannot record a review: record the clinician&apos;s or the Urdu translator&apos;s check with kiosk-pack review, in [[review.signoffs]]</source>
        <translation>[language.{code}] کې کتنه نه شي لیکل کېدای: د معالج یا د اردو ژباړونکي کتنه د kiosk-pack review په مرسته په [[review.signoffs]] کې ولیکئ</translation>
    </message>
    <message>
        <source>the kiosk does not know the language &apos;{code}&apos;: describe it under [language.{code}] with {keys}</source>
        <translation>کیوسک &apos;{code}&apos; ژبه نه پېژني: د [language.{code}] لاندې یې له {keys} سره تشریح کړئ</translation>
    </message>
    <message>
        <source>the kiosk already knows &apos;{code}&apos; (its direction, and the font {font}); remove &apos;direction&apos; and &apos;font&apos; from [language.{code}]</source>
        <translation>کیوسک &apos;{code}&apos; له مخکې پېژني (د هغې لوری، او فونټ {font})؛ له [language.{code}] څخه &apos;direction&apos; او &apos;font&apos; لرې کړئ</translation>
    </message>
    <message>
        <source>has languages beyond English and Urdu (or describes them): write format = 2, which older kiosks know to refuse plainly</source>
        <translation>په دې کې له انګرېزي او اردو پرته نورې ژبې دي (یا د هغو تشریح): format = 2 ولیکئ، چې زاړه کیوسکونه یې په ښکاره ټکو ردوي</translation>
    </message>
    <message>
        <source>no topic is written in &apos;{code}&apos;: list it in a topic&apos;s &apos;languages&apos;, or remove it from the pack&apos;s</source>
        <translation>هېڅ موضوع په &apos;{code}&apos; نه ده لیکل شوې: د یوې موضوع په &apos;languages&apos; کې یې ولیکئ، یا یې د پیک له لېست څخه لرې کړئ</translation>
    </message>
    <message>
        <source>holds the emergency page, so it must be in every language of the pack; add {languages}</source>
        <translation>د ایمرجنسي پاڼه پکې ده، نو باید د پیک په هره ژبه کې وي؛ {languages} ور زیات کړئ</translation>
    </message>
    <message>
        <source>emergency_page &apos;{page}&apos; is not a page of this pack; give it as topic/page</source>
        <translation>emergency_page &apos;{page}&apos; د دې پیک پاڼه نه ده؛ د topic/page په بڼه یې ولیکئ</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {message}</source>
        <translation>{file}، کرښه {line}: {message}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>نه شي لوستل کېدای ({reason})</translation>
    </message>
    <message>
        <source>is not a pack folder</source>
        <translation>د پیک فولډر نه دی</translation>
    </message>
    <message>
        <source>its manifest and its pack.toml disagree about the pack&apos;s id, version or min_app_version</source>
        <translation>د فایلونو لېست (manifest) او pack.toml یې د پیک د id، ورژن یا min_app_version په اړه سره سمون نه لري</translation>
    </message>
    <message>
        <source>is a shortcut (symlink); packs must hold real files</source>
        <translation>شارټکټ (symlink) دی؛ په پیک کې باید اصلي فایلونه وي</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>نشته</translation>
    </message>
    <message>
        <source>uses pack format {format}, but this kiosk reads format {known}; update the kiosk software first</source>
        <translation>د پیک {format} فارمټ کاروي، خو دا کیوسک {known} فارمټ لولي؛ لومړی د کیوسک سافټویر اپډیټ کړئ</translation>
    </message>
    <message>
        <source>another pack install is running; wait for it to finish</source>
        <translation>بل پیک انسټالېږي؛ صبر وکړئ چې بشپړ شي</translation>
    </message>
    <message>
        <source>changed after it was checked (another copy may have replaced it), so it was not installed. Check it again and look at what it is now before installing it</source>
        <translation>له کتلو وروسته بدل شوی (کېدای شي بلې کاپي یې ځای نیولی وي)، نو انسټال نه شو. بیا یې وکتئ، او له انسټالولو مخکې وګورئ چې اوس څه دی</translation>
    </message>
    <message>
        <source>needs kiosk software version {needed} or newer; this kiosk has {have}. Update the kiosk software first</source>
        <translation>د کیوسک سافټویر {needed} یا نوي ورژن ته اړتیا لري؛ په دې کیوسک کې {have} ورژن دی. لومړی د کیوسک سافټویر اپډیټ کړئ</translation>
    </message>
    <message>
        <source>{why}. The pack was not installed</source>
        <translation>{why}. پیک انسټال نه شو</translation>
    </message>
    <message>
        <source>{why}; sign it with &apos;kiosk-pack sign&apos;, or allow unsigned packs from USB in the kiosk&apos;s settings. The pack was not installed</source>
        <translation>{why}؛ د &apos;kiosk-pack sign&apos; په مرسته یې لاسلیک کړئ، یا د کیوسک په ترتیباتو کې له یو ایس بي نه د بې لاسلیکه پیکونو اجازه ورکړئ. پیک انسټال نه شو</translation>
    </message>
    <message>
        <source>is version {version}, which is not newer than the pack in use (version {current}). To go back to an older version, use rollback</source>
        <translation>ورژن یې {version} دی، چې له اوسني کارېدونکي پیک (ورژن {current}) نه نوی نه دی. زاړه ورژن ته د ورګرځېدو لپاره «یو ورژن شاته» وکاروئ</translation>
    </message>
    <message>
        <source>is version {version}, but this kiosk has had version {highest} of this pack (staff may have gone back from it on purpose); the update channel only brings newer versions</source>
        <translation>ورژن یې {version} دی، خو په دې کیوسک کې د دې پیک {highest} ورژن مخکې راغلی و (ښايي سټاف په قصد پخواني ورژن ته بېرته تللي وي)؛ د اپډیټ چینل یوازې نوي ورژنونه راوړي</translation>
    </message>
    <message>
        <source>could not be installed: the kiosk&apos;s disk is full ({free} MB free, {need} MB needed). Free some space, then try again; the current pack is still in use</source>
        <translation>انسټال نه شو: د کیوسک ډیسک ډک دی ({free} MB خالي، {need} MB ته اړتیا ده). یو څه ځای خالي کړئ، بیا هڅه وکړئ؛ اوسنی پیک لا هم کارېږي</translation>
    </message>
    <message>
        <source>there is nothing to roll back to: the kiosk is already showing the pack that came with it</source>
        <translation>شاته تګ ته هېڅ زوړ ورژن نشته: کیوسک لا دمخه هغه پیک ښيي چې له کیوسک سره راغلی و</translation>
    </message>
    <message>
        <source>is too big ({size} MB; at most {limit} MB); export it again as plain SVG</source>
        <translation>ډېر لوی دی ({size} MB؛ تر ټولو ډېر {limit} MB)؛ بیا یې د ساده SVG په توګه اکسپورټ کړئ</translation>
    </message>
    <message>
        <source>contains a DOCTYPE or ENTITY declaration; save it again as plain SVG</source>
        <translation>DOCTYPE یا ENTITY اعلان پکې دی؛ بیا یې د ساده SVG په توګه خوندي کړئ</translation>
    </message>
    <message>
        <source>is damaged or is not an SVG drawing; export it again as SVG</source>
        <translation>خراب دی یا SVG ډراینګ نه دی؛ بیا یې د SVG په توګه اکسپورټ کړئ</translation>
    </message>
    <message>
        <source>is not an SVG drawing; export it again as SVG</source>
        <translation>SVG ډراینګ نه دی؛ بیا یې د SVG په توګه اکسپورټ کړئ</translation>
    </message>
    <message>
        <source>asks for far more drawing than any picture needs ({reason}); the kiosk would stop on its page. Export it again as plain SVG</source>
        <translation>د رسمولو لپاره له هر عادي تصویر نه ډېر زیات کار غواړي ({reason})؛ کیوسک به په هغه پاڼه کې ودرېږي چې دا پکې دی. بیا یې د ساده SVG په توګه اکسپورټ کړئ</translation>
    </message>
    <message>
        <source>contains &lt;{tag}&gt;, which the kiosk does not show; export it again as plain SVG</source>
        <translation>&lt;{tag}&gt; پکې دی، چې کیوسک یې نه ښيي؛ بیا یې د ساده SVG په توګه اکسپورټ کړئ</translation>
    </message>
    <message>
        <source>links to a picture outside the drawing; the kiosk cannot show it</source>
        <translation>د ډراینګ بهر یو تصویر ته لینک لري؛ کیوسک یې نه شي ښودلی</translation>
    </message>
    <message>
        <source>is a kind of sound file the kiosk does not play; save it as Ogg Opus (.ogg) or MP3</source>
        <translation>داسې ډول غږیز فایل دی چې کیوسک یې نه غږوي؛ د Ogg Opus (.ogg) یا MP3 په توګه یې خوندي کړئ</translation>
    </message>
    <message>
        <source>is a kind of picture the kiosk does not show; pictures must be SVG drawings</source>
        <translation>داسې ډول تصویر دی چې کیوسک یې نه ښيي؛ تصویرونه باید SVG ډراینګ وي</translation>
    </message>
    <message>
        <source>is not named like a narration; name it after its page and language, like {example}</source>
        <translation>نوم یې د غږ د فایل په شان نه دی؛ نوم یې د خپلې پاڼې او ژبې له مخې کېږدئ، لکه {example}</translation>
    </message>
    <message>
        <source>is narration for a page &apos;{page}&apos; that this topic does not have</source>
        <translation>د &apos;{page}&apos; پاڼې غږ دی، چې په دې موضوع کې نشته</translation>
    </message>
    <message>
        <source>is narration in &apos;{lang}&apos;, a language the pack does not have</source>
        <translation>په &apos;{lang}&apos; ژبه غږ دی، چې په دې پیک کې نشته</translation>
    </message>
    <message>
        <source>times question {n}, which the page does not have</source>
        <translation>د {n} پوښتنې وختونه ورکوي، چې په دې پاڼه کې نشته</translation>
    </message>
    <message>
        <source>was made for words the page no longer has (sentence {n}); record it again, or run kiosk-pack narrate</source>
        <translation>د هغو ټکو لپاره جوړ شوی و چې اوس په پاڼه کې نشته (جمله {n})؛ بیا یې ریکارډ کړئ، یا kiosk-pack narrate وچلوئ</translation>
    </message>
    <message>
        <source>the medical review was due on {date}; have the pack reviewed again and update [review]</source>
        <translation>د طبي کتنې نېټه {date} وه؛ پیک بیا طبي کتنې ته ورکړئ او [review] اپډیټ کړئ</translation>
    </message>
    <message>
        <source>its pages use picture_reads, which kiosk software before {needed} does not know: set min_app_version = &quot;{needed}&quot;, so an older kiosk asks for a software update instead of refusing the pack</source>
        <translation>د دې پاڼې picture_reads کاروي، چې له {needed} نه مخکې د کیوسک سافټویر یې نه پېژني: min_app_version = &quot;{needed}&quot; ولیکئ، څو زوړ کیوسک د پیک د ردولو پر ځای د سافټویر د تازه کولو غوښتنه وکړي</translation>
    </message>
    <message>
        <source>page &apos;{page}&apos; says its picture reads across, so the kiosk draws {picture} mirrored for right-to-left readers, and the words in it (&lt;text&gt;) would read backwards. Put the words in [[pages.labels]], or remove picture_reads</source>
        <translation>پاڼه &apos;{page}&apos; وايي چې تصویر یې د متن په څېر په ترتیب لوستل کېږي، نو کیوسک {picture} د ښي نه کیڼ لوري ته لوستونکو لپاره د هندارې په څېر اړولی ښيي، او په کې لیکلي ټکي (&lt;text&gt;) به سرچپه لوستل کېږي. دا ټکي په [[pages.labels]] کې ولیکئ، یا picture_reads لرې کړئ</translation>
    </message>
    <message>
        <source>{who}&apos;s review is dated {date}, after today ({today}): the computer that recorded it had its clock wrong; correct that date in pack.toml</source>
        <translation>د {who} د کتنې نېټه {date} لیکل شوې، چې له نن ({today}) وروسته ده: په کوم کمپیوټر چې ثبت شوه، ساعت یې غلط و؛ دا نېټه په pack.toml کې سمه کړئ</translation>
    </message>
    <message>
        <source>is missing: it is neither a pack folder nor a .kpack file</source>
        <translation>نشته: نه د پیک فولډر دی او نه ⁦.kpack⁩ فایل</translation>
    </message>
    <message>
        <source>sentence {n} ends before it starts</source>
        <translation>جمله {n} له پیل نه مخکې پای ته رسېږي</translation>
    </message>
    <message>
        <source>sentence {n} starts before the one before it ends</source>
        <translation>جمله {n} له دې مخکې پیلېږي چې مخکنۍ جمله پای ته ورسېږي</translation>
    </message>
    <message>
        <source>sentence {n} ends at {end} s, after the sound ends ({length} s)</source>
        <translation>جمله {n} په {end} ثانیه پای ته رسېږي، خو غږ په {length} ثانیه پای ته رسېږي</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>نه شي لوستل کېدای: {error}</translation>
    </message>
    <message>
        <source>is too big ({size} MB, at most {limit} MB); save it as Ogg Opus at a lower bitrate</source>
        <translation>ډېر لوی دی ({size} MB، تر ټولو ډېر {limit} MB)؛ په ټیټ بټ رېټ د Ogg Opus په توګه یې خوندي کړئ</translation>
    </message>
    <message>
        <source>is damaged or is not a sound file the kiosk plays; save it again as Ogg Opus or MP3</source>
        <translation>خراب دی یا داسې غږیز فایل نه دی چې کیوسک یې غږوي؛ بیا یې د Ogg Opus یا MP3 په توګه خوندي کړئ</translation>
    </message>
    <message>
        <source>is {kind}, which the kiosk does not play; save it again as Ogg Opus or MP3</source>
        <translation>{kind} فایل دی، چې کیوسک یې نه غږوي؛ بیا یې د Ogg Opus یا MP3 په توګه خوندي کړئ</translation>
    </message>
    <message>
        <source>has a sample rate of {rate} Hz; use 16000 to 48000 Hz</source>
        <translation>سیمپل رېټ یې {rate} Hz دی؛ له 16000 تر 48000 Hz پورې وکاروئ</translation>
    </message>
    <message>
        <source>has {n} sound channels; save it as mono or stereo</source>
        <translation>{n} غږیز چینلونه لري؛ د مونو یا سټیریو په توګه یې خوندي کړئ</translation>
    </message>
    <message>
        <source>holds no sound</source>
        <translation>هېڅ غږ پکې نشته</translation>
    </message>
    <message>
        <source>lasts {length} minutes; a page&apos;s narration may last at most {limit}</source>
        <translation>{length} دقیقې اوږد دی؛ د یوې پاڼې غږ تر ټولو ډېر {limit} دقیقې کېدای شي</translation>
    </message>
    <message>
        <source>The installed pack cannot be shown, so the kiosk keeps showing the one it had:</source>
        <translation>انسټال شوی پیک نه شي ښودل کېدای، نو کیوسک هماغه پخوانی پیک ښيي:</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk cannot be written to (after disk errors it may have turned read-only). Patients still see the pack in use, but nothing can be installed or saved. Restart the kiosk; if this stays, call IT.</source>
        <translation>د کیوسک په ډیسک هېڅ نه شي لیکل کېدای (د ډیسک له خرابۍ وروسته ښايي اوس یوازې د لوستلو وړ وي). ناروغان لا هم اوسنی پیک ویني، خو نه کوم پیک انسټالېدای شي او نه کوم شی خوندي کېدای شي. کیوسک بند کړئ او بیا یې چالان کړئ؛ که بیا هم همداسې وي، له آی ټي سره اړیکه ونیسئ.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is almost full ({free} MB left). Patients still see the pack in use, but new packs cannot be installed. Ask IT to free some space.</source>
        <translation>د کیوسک ډیسک نږدې ډک دی (یوازې {free} MB پاتې دي). ناروغان لا هم اوسنی پیک ویني، خو نوي پیکونه نه شي انسټالېدای. له آی ټي نه وغواړئ چې یو څه ځای خالي کړي.</translation>
    </message>
    <message>
        <source>The settings file could not be read, so the kiosk is using its default settings: trusted keys, the update address and the emergency number may be missing. The damaged file is kept as {name}: ask IT to look at it. This note goes once a setting is saved here.</source>
        <translation>د ترتیباتو فایل ونه لوستل شو، نو کیوسک په خپلو اصلي (ډیفالټ) ترتیباتو چلېږي: ښايي باوري کیلي، د اپډیټ پته او د ایمرجنسي نمبر ورک وي. خراب فایل د {name} په نوم ساتل شوی: له آی ټي نه وغواړئ چې هغه وګوري. کله چې دلته کوم ترتیب خوندي کړئ، دا یادښت به لرې شي.</translation>
    </message>
    <message>
        <source>The usage statistics file was damaged. It is kept as {name}, and counting started again in a new file. Patients&apos; pages are not affected.</source>
        <translation>د کارونې د احصایو فایل خراب شوی و. د {name} په نوم جلا ساتل شوی، او شمېرنه په نوي فایل کې بیا پیل شوې. په هغو پاڼو چې ناروغان یې ویني، هېڅ اغېز نه لري.</translation>
    </message>
    <message>
        <source>Usage statistics cannot be saved at the moment ({reason}). The kiosk keeps showing pages and holds the newest events until they can be saved.</source>
        <translation>د کارونې احصایې اوس مهال نه شي خوندي کېدای ({reason}). کیوسک لا هم پاڼې ښيي، او وروستۍ پېښې تر هغه ساتي چې خوندي شي.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ډیسک ډک دی</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>په ډېټا فولډر کې نه شي لیکل کېدای</translation>
    </message>
    <message>
        <source>the web edition cannot be checked: {reason}. The kiosk&apos;s QR codes point there; check the address, or give --web-edition FOLDER to check a copy</source>
        <translation>وېب اېډیشن ونه کتل شو: {reason}. د کیوسک QR کوډونه همدې پتې ته ځي؛ پته وګورئ، یا د یوې کاپي د کتلو لپاره ⁦--web-edition FOLDER⁩ ورکړئ</translation>
    </message>
    <message>
        <source>holds no web edition of this pack ({file} is missing): make one with {how}</source>
        <translation>دلته د دې پیک وېب اېډیشن نشته ({file} نشته). د جوړولو لپاره: {how}</translation>
    </message>
    <message>
        <source>{file} is damaged: export the web edition again with {how}</source>
        <translation>فایل {file} خراب دی. د وېب اېډیشن د بیا جوړولو لپاره: {how}</translation>
    </message>
    <message>
        <source>holds the web edition of another pack ({other}), not {pack}</source>
        <translation>دلته د {pack} نه، بلکې د بل پیک ({other}) وېب اېډیشن دی</translation>
    </message>
    <message>
        <source>the web edition is older than the pack: it was made from version {old}, the pack is version {new}. Export it again with {how}</source>
        <translation>وېب اېډیشن له پیک نه زوړ دی: له {old} ورژن نه جوړ شوی و، خو د پیک ورژن اوس {new} دی. د بیا جوړولو لپاره: {how}</translation>
    </message>
    <message>
        <source>the web edition was made before the pack&apos;s last changes (same version {version}, other words or files). Export it again with {how}</source>
        <translation>وېب اېډیشن د پیک له وروستیو بدلونونو مخکې جوړ شوی و (ورژن هماغه {version} دی، خو ټکي یا فایلونه بدل شوي). د بیا جوړولو لپاره: {how}</translation>
    </message>
    <message>
        <source>the web edition is missing {count} page(s) the QR codes open: {pages}. Export it again with {how}</source>
        <translation>په وېب اېډیشن کې ځینې هغه پاڼې نشته چې QR کوډونه یې خلاصوي (شمېر: {count}): {pages}. د بیا جوړولو لپاره: {how}</translation>
    </message>
    <message>
        <source>brackets are nested more than {count} deep</source>
        <translation>قوسونه له {count} پوړونو ډېر یو په بل کې ننوتي دي</translation>
    </message>
    <message>
        <source>a key or table name has more than {count} parts</source>
        <translation>د یوې کیلي یا جدول نوم له {count} ډېرې برخې لري</translation>
    </message>
    <message>
        <source>it has more than {count} [tables]</source>
        <translation>له {count} ډېر [tables] لري</translation>
    </message>
    <message>
        <source>it has more than {count} elements</source>
        <translation>له {count} ډېر عنصرونه لري</translation>
    </message>
    <message>
        <source>its elements are nested more than {count} deep</source>
        <translation>عنصرونه یې له {count} پوړونو ډېر یو په بل کې ننوتي دي</translation>
    </message>
    <message>
        <source>a &lt;use&gt; draws itself (#{name})</source>
        <translation>یو ⁦&lt;use&gt;⁩ خپل ځان رسموي (⁦#{name}⁩)</translation>
    </message>
    <message>
        <source>&lt;use&gt; elements draw each other more than {count} deep</source>
        <translation>⁦&lt;use&gt;⁩ عنصرونه له {count} پوړونو ډېر یو بل رسموي</translation>
    </message>
    <message>
        <source>drawing it would take more than {count} shapes (&lt;use&gt; elements repeating each other)</source>
        <translation>د رسمولو لپاره به یې له {count} ډېرو شکلونو ته اړتیا وي (⁦&lt;use&gt;⁩ عنصرونه یو بل تکراروي)</translation>
    </message>
    <message>
        <source>could not be drawn within {deadline} seconds; the kiosk would stop on its page. Simplify the drawing (fewer shapes or words)</source>
        <translation>په {deadline} ثانیو کې رسم نه شو؛ کیوسک به په هغه پاڼه کې ودرېږي چې دا پکې دی. تصویر ساده کړئ (لږ شکلونه یا ټکي)</translation>
    </message>
    <message>
        <source>takes {seconds} seconds to draw (at most {budget}); patients would wait on its page. Simplify the drawing (fewer shapes or words)</source>
        <translation>په رسمولو یې {seconds} ثانیې لګېږي (تر ټولو ډېر {budget} ثانیې)؛ ناروغان به په هغه پاڼه کې انتظار باسي. تصویر ساده کړئ (لږ شکلونه یا ټکي)</translation>
    </message>
    <message>
        <source>has characters none of the kiosk&apos;s fonts can draw: {characters}. Patients would see empty boxes; write them another way or leave them out</source>
        <translation>په دې کې داسې توري دي چې د کیوسک هېڅ فونټ یې نه شي ښودلی: {characters}. ناروغان به یې پر ځای خالي خانې وویني؛ په بل ډول یې ولیکئ یا یې لرې کړئ</translation>
    </message>
</context>
<context>
    <name>QrSheet</name>
    <message>
        <source>Scan to read this at home</source>
        <translation>په موبایل سکین کړئ، په کور یې ولولئ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کړئ</translation>
    </message>
</context>
<context>
    <name>QuizBody</name>
    <message>
        <source>You answered %1 of %2 correctly.</source>
        <translation>ستاسو له %2 ځوابونو %1 سم وو.</translation>
    </message>
    <message>
        <source>Thank you for trying. Every page you read helps.</source>
        <translation>د هڅې مننه. هره پاڼه چې لولئ، ګټه درته رسوي.</translation>
    </message>
    <message>
        <source>Have a question? Ask your doctor.</source>
        <translation>پوښتنه لرئ؟ له خپل ډاکټر وپوښتئ.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>بیا هڅه وکړئ</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>پوښتنه %1 له %2</translation>
    </message>
    <message>
        <source>That&apos;s right!</source>
        <translation>بالکل سم دی!</translation>
    </message>
    <message>
        <source>Not quite. The right answer is marked.</source>
        <translation>دا ځواب سم نه دی. سم ځواب په نښه شوی دی.</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>زما نتیجه وښایئ</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>بله پوښتنه</translation>
    </message>
    <message>
        <source>Well done! You got every answer right.</source>
        <translation>شاباس! ټول ځوابونه مو سم دي.</translation>
    </message>
    <message>
        <source>Good work. The pages of this topic explain the ones you missed.</source>
        <translation>ښه هڅه. کوم ځوابونه چې پاتې شول، د دې موضوع په پاڼو کې تشریح شوي دي.</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <source>Listen</source>
        <translation>واورئ</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>ودروئ</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>دوام ورکړئ</translation>
    </message>
    <message>
        <source>Listen again</source>
        <translation>بیا واورئ</translation>
    </message>
    <message>
        <source>Reads this screen aloud</source>
        <translation>دا سکرین درته په غږ لولي</translation>
    </message>
    <message>
        <source>quiet</source>
        <translation>ورو</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>منځنی</translation>
    </message>
    <message>
        <source>loud</source>
        <translation>لوړ</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>غږ: %1</translation>
    </message>
    <message>
        <source>Each tap is louder, then quiet again</source>
        <translation>هر ځل چې ګوته ووهئ، غږ لوړېږي، بیا بېرته ورو کېږي</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>Saved. Every page now has a person&apos;s voice in %1.</source>
        <translation>خوندي شو. اوس په %1 کې هره پاڼه د یو انسان غږ لري.</translation>
    </message>
    <message>
        <source>Saved “%1”. Next page: read its first sentence.</source>
        <translation>«%1» خوندي شوه. بله پاڼه: لومړۍ جمله یې ولولئ.</translation>
    </message>
    <message>
        <source>The page could not be saved; its old voice is kept:</source>
        <translation>پاڼه خوندي نه شوه؛ پخوانی غږ یې ساتل شوی:</translation>
    </message>
    <message>
        <source>No other page is waiting for a voice.</source>
        <translation>بله هېڅ پاڼه د غږ په تمه نه ده.</translation>
    </message>
    <message>
        <source>Tap Record, read the sentence aloud, then tap Stop.</source>
        <translation>«ریکارډ» کېکاږئ، جمله په لوړ غږ ولولئ، بیا «ودروئ» کېکاږئ.</translation>
    </message>
    <message>
        <source>Recording: read the sentence, then tap Stop.</source>
        <translation>ریکارډ روان دی: جمله ولولئ، بیا «ودروئ» کېکاږئ.</translation>
    </message>
    <message>
        <source>Saving the page…</source>
        <translation>پاڼه خوندي کېږي…</translation>
    </message>
    <message>
        <source>Every sentence is kept. Save the page, or go back to one to redo it.</source>
        <translation>ټولې جملې وساتل شوې. پاڼه خوندي کړئ، یا یوې جملې ته بېرته لاړ شئ او بیا یې ریکارډ کړئ.</translation>
    </message>
    <message>
        <source>The microphone did not open. Check that it is plugged in and not used by another program, then tap Record again.</source>
        <translation>مایکروفون پرانیستل نه شو. وګورئ چې لګول شوی وي او بل پروګرام یې نه کاروي، وروسته بیا «ریکارډ» کېکاږئ.</translation>
    </message>
    <message>
        <source>The microphone stopped (unplugged?). Plug it in and record the sentence again.</source>
        <translation>مایکروفون ودرېد (ایستل شوی؟). بېرته یې ولګوئ او جمله بیا ریکارډ کړئ.</translation>
    </message>
    <message>
        <source>Nothing was heard. Check that the microphone is plugged in and not muted, then record again.</source>
        <translation>هېڅ غږ وانه ورېدل شو. وګورئ چې مایکروفون لګول شوی وي او غږ یې بند نه وي، بیا له سره ریکارډ کړئ.</translation>
    </message>
    <message>
        <source>Too loud: the sound is distorted. Move back from the microphone and record again, or keep it.</source>
        <translation>غږ ډېر لوړ دی او خراب شوی. له مایکروفون لږ لرې شئ او بیا ریکارډ کړئ، یا یې وساتئ.</translation>
    </message>
    <message>
        <source>Heard, but quietly: come closer to the microphone and record again, or keep it.</source>
        <translation>غږ واورېدل شو خو ورو دی: مایکروفون ته نږدې شئ او بیا ریکارډ کړئ، یا یې وساتئ.</translation>
    </message>
    <message>
        <source>Heard %1 seconds. Listen to it, then keep it or record again.</source>
        <translation>%1 ثانیې واورېدل شوې. واورئ یې، بیا یې وساتئ یا بیا ریکارډ کړئ.</translation>
    </message>
    <message>
        <source>Recording in %1: %2</source>
        <translation>په %1 کې ریکارډ: %2</translation>
    </message>
    <message>
        <source>Sentence %1 of %2 · %3 kept · %4 pages still have no person&apos;s voice</source>
        <translation>جمله %1 له %2 · %3 ساتل شوې · %4 پاڼې لا هم د انسان غږ نه لري</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>ودروئ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارډ</translation>
    </message>
    <message>
        <source>Stop listening</source>
        <translation>اورېدل بند کړئ</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>واورئ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>وساتئ</translation>
    </message>
    <message>
        <source>Save the page</source>
        <translation>پاڼه خوندي کړئ</translation>
    </message>
    <message>
        <source>Skip this page</source>
        <translation>دا پاڼه پرېږدئ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کړئ</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>مخکینۍ جمله</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>بله جمله</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>clinician</source>
        <translation>معالج</translation>
    </message>
    <message>
        <source>medical translator</source>
        <translation>طبي ژباړونکی</translation>
    </message>
    <message>
        <source>No clinician has signed off this pack&apos;s medical content yet: it is awaiting clinician review.</source>
        <translation>لا تر اوسه کوم معالج د دې پیک طبي مواد نه دي تایید کړي: د معالج کتنې ته انتظار دی.</translation>
    </message>
    <message>
        <source>Its medical review was due on {date}: have it checked again.</source>
        <translation>د دې طبي کتنه باید تر {date} پورې شوې وای: بیا یې د کتنې لپاره ورکړئ.</translation>
    </message>
    <message>
        <source>No medical translator has signed off its Urdu yet.</source>
        <translation>لا تر اوسه کوم طبي ژباړونکي د دې اردو متن نه دی تایید کړی.</translation>
    </message>
    <message>
        <source>No medical translator has checked its {language} yet.</source>
        <translation>لا تر اوسه کوم طبي ژباړونکي د دې {language} متن نه دی کتلی.</translation>
    </message>
    <message>
        <source>Checked by {name} ({role}) on {date}.</source>
        <translation>د {name} ({role}) له خوا په {date} وکتل شو.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The pack has no %1 text: patients start in %2.</source>
        <translation>پیک کې په %1 متن نشته: ناروغان به په %2 پیل کوي.</translation>
    </message>
    <message>
        <source>%1: the kiosk&apos;s own buttons and prompts are in %2 (no translation of them yet).</source>
        <translation>%1: د کیوسک خپلې تڼۍ او لارښوونې په %2 دي (لا یې ژباړه نه ده شوې).</translation>
    </message>
    <message>
        <source>That number was not saved: use 2 to 15 digits.</source>
        <translation>دا نمبر خوندي نه شو: له 2 تر 15 عددونه وکاروئ.</translation>
    </message>
    <message>
        <source>Saved. It applies from the next patient.</source>
        <translation>خوندي شو. له بل ناروغ څخه به پلي شي.</translation>
    </message>
    <message>
        <source>The new staff PIN is saved.</source>
        <translation>د سټاف نوی پن خوندي شو.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ثانیې</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقیقې</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 دقیقې %2 ثانیې</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 سلنه</translation>
    </message>
    <message>
        <source>Are you sure? The kiosk will close and the computer&apos;s desktop will show. Patients cannot use it until it is started again.</source>
        <translation>ډاډه یاست؟ کیوسک به بند شي او د کمپیوټر ډېسکټاپ به ښکاره شي. تر هغه چې بیا پیل نه شي، ناروغان یې نه شي کارولی.</translation>
    </message>
    <message>
        <source>Close the kiosk and go to the computer&apos;s desktop (for IT work).</source>
        <translation>کیوسک بند کړئ او د کمپیوټر ډېسکټاپ ته لاړ شئ (د آی ټي د کار لپاره).</translation>
    </message>
    <message>
        <source>Time without a touch before the kiosk starts again for the next patient</source>
        <translation>څومره وخت چې څوک سکرین ته ګوته ونه وهي، بیا کیوسک د بل ناروغ لپاره له سره پیل شي</translation>
    </message>
    <message>
        <source>Language the kiosk starts in</source>
        <translation>کیوسک په کومه ژبه پیل شي</translation>
    </message>
    <message>
        <source>How loud pages are read aloud (patients can change it; the next patient starts here again)</source>
        <translation>پاڼې په څومره لوړ غږ ولوستل شي (ناروغان یې بدلولی شي؛ بل ناروغ بیا له همدې ځایه پیل کوي)</translation>
    </message>
    <message>
        <source>Colours patients see first (they can switch with the half-dark circle at the top)</source>
        <translation>ناروغان لومړی کوم رنګونه وویني (د پاسه په نیمه تور دایره یې بدلولی شي)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ډېر واضح رنګونه</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>غږ کم کړئ</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>غږ زیات کړئ</translation>
    </message>
    <message>
        <source>Emergency number (shown on the help pages)</source>
        <translation>د ایمرجنسي نمبر (د مرستې پر پاڼو ښودل کېږي)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>بدل کړئ</translation>
    </message>
    <message>
        <source>Staff PIN (the panel asks for it every time)</source>
        <translation>د سټاف پن (پینل یې هر ځل غواړي)</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>پن بدل کړئ</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>لږ</translation>
    </message>
    <message>
        <source>More</source>
        <translation>ډېر</translation>
    </message>
    <message>
        <source>Exit to desktop</source>
        <translation>ډېسکټاپ ته لاړ شئ</translation>
    </message>
    <message>
        <source>Yes, exit</source>
        <translation>هو، بند کړئ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغوه کړئ</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>is not signed</source>
        <translation>لاسلیک شوی نه دی</translation>
    </message>
    <message>
        <source>the signature is damaged (not readable)</source>
        <translation>لاسلیک خراب دی (نه لوستل کېږي)</translation>
    </message>
    <message>
        <source>the signature is damaged (wrong layout)</source>
        <translation>لاسلیک خراب دی (جوړښت یې غلط دی)</translation>
    </message>
    <message>
        <source>the signature uses &apos;{algorithm}&apos;, but the kiosk only accepts {accepted}</source>
        <translation>لاسلیک &apos;{algorithm}&apos; کاروي، خو کیوسک یوازې {accepted} مني</translation>
    </message>
    <message>
        <source>the signature is damaged (fields missing)</source>
        <translation>لاسلیک خراب دی (ځینې برخې یې نشته)</translation>
    </message>
    <message>
        <source>the signature is damaged (bad encoding)</source>
        <translation>لاسلیک خراب دی (انکوډینګ یې غلط دی)</translation>
    </message>
    <message>
        <source>the signature is damaged (wrong length)</source>
        <translation>لاسلیک خراب دی (اوږدوالی یې غلط دی)</translation>
    </message>
    <message>
        <source>is signed with key {key}, which this kiosk does not trust; add its public key to the kiosk&apos;s trusted keys</source>
        <translation>په {key} کیلي لاسلیک شوی، چې دا کیوسک پرې باور نه کوي؛ د هغې عامه کیلي (public key) د کیوسک باوري کیلي ګانو ته ور اضافه کړئ</translation>
    </message>
    <message>
        <source>has a signature that does not match its contents (damaged or altered)</source>
        <translation>لاسلیک یې له منځپانګې سره سمون نه خوري (خراب یا بدل شوی)</translation>
    </message>
</context>
<context>
    <name>SortingGame</name>
    <message>
        <source>You sorted %1 of %2 correctly.</source>
        <translation>تاسو له %2 حجرو %1 سمې جلا کړې.</translation>
    </message>
    <message>
        <source>Well done! You sort cells like a real immune system.</source>
        <translation>شاباس! تاسو د یو رښتیني دفاعي نظام په څېر حجرې جلا کوئ.</translation>
    </message>
    <message>
        <source>Good try! Every mistake helps you learn.</source>
        <translation>ښه هڅه! هره غلطي یو څه درښيي.</translation>
    </message>
    <message>
        <source>Is this cell safe, or a danger? Look at its markers.</source>
        <translation>دا حجره بې خطره ده که خطرناکه؟ نښې یې وګورئ.</translation>
    </message>
    <message>
        <source>Right! A healthy cell of yours, with its self marker. It is left alone.</source>
        <translation>سم دی! دا ستاسو خپله روغه حجره ده، د «خپل» نښه لري. نو پرېښودل کېږي.</translation>
    </message>
    <message>
        <source>Right! A germ. Antibodies from B cells stick to it, so it can be destroyed.</source>
        <translation>سم دی! دا یوه جرثومه ده. د بي سېلونو انټي باډیز پرې نښلي، ترڅو له منځه یوړل شي.</translation>
    </message>
    <message>
        <source>Right! A virus is inside this cell. A T cell attacks it, to stop the virus spreading.</source>
        <translation>سم دی! په دې حجره کې وایرس دی. ټي سېل پرې حمله کوي، ترڅو وایرس خپور نه شي.</translation>
    </message>
    <message>
        <source>Look again: this is a healthy cell of yours, with its self marker. It should be left alone.</source>
        <translation>بیا وګورئ: دا ستاسو خپله روغه حجره ده، د «خپل» نښه لري. باید پرېښودل شي.</translation>
    </message>
    <message>
        <source>Look closely: this is a germ, with nonself markers. B cells make antibodies against it.</source>
        <translation>په غور وګورئ: دا یوه جرثومه ده، پردۍ نښې لري. بي سېلونه د هغې پر ضد انټي باډیز جوړوي.</translation>
    </message>
    <message>
        <source>Look closely: this cell of yours has a virus inside. A T cell attacks it, to stop the virus spreading.</source>
        <translation>په غور وګورئ: ستاسو په دې حجره کې وایرس دی. ټي سېل پرې حمله کوي، ترڅو وایرس خپور نه شي.</translation>
    </message>
    <message>
        <source>In autoimmune disease, the immune system attacks healthy cells of your own by mistake.</source>
        <translation>په آټو امیون ناروغۍ کې دفاعي نظام په غلطۍ سره ستاسو پر خپلو روغو حجرو حمله کوي.</translation>
    </message>
    <message>
        <source>See my score</source>
        <translation>زما نتیجه وښایئ</translation>
    </message>
    <message>
        <source>Next cell</source>
        <translation>بله حجره</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>پرېږدئ یې</translation>
    </message>
    <message>
        <source>Attack it</source>
        <translation>حمله وکړئ</translation>
    </message>
    <message>
        <source>Play again</source>
        <translation>بیا لوبه وکړئ</translation>
    </message>
    <message>
        <source>What is autoimmune disease?</source>
        <translation>آټو امیون ناروغي څه ده؟</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>a US government health agency</source>
        <translation>د امریکا د حکومت روغتیايي اداره</translation>
    </message>
    <message>
        <source>the UK&apos;s National Health Service (NHS)</source>
        <translation>د بریتانیا دولتي روغتیايي خدمت (اېن اېچ اېس)</translation>
    </message>
    <message>
        <source>a medical research article</source>
        <translation>د طبي څېړنې مقاله</translation>
    </message>
    <message>
        <source>a patients&apos; charity</source>
        <translation>د ناروغانو خیریه موسسه</translation>
    </message>
    <message>
        <source>a medical information website</source>
        <translation>د طبي معلوماتو وېب سایټ</translation>
    </message>
    <message>
        <source>a Pakistani news report</source>
        <translation>پاکستاني خبر</translation>
    </message>
    <message>
        <source>the International Society for Stem Cell Research</source>
        <translation>د سټیم سېل څېړنې نړیواله ټولنه</translation>
    </message>
    <message>
        <source>the European Medicines Agency</source>
        <translation>د اروپا د درملو اداره</translation>
    </message>
    <message>
        <source>the US Food and Drug Administration (FDA)</source>
        <translation>د امریکا د خوړو او درملو اداره (اېف ډي اې)</translation>
    </message>
    <message>
        <source>NICE, which sets treatment guidance in the UK</source>
        <translation>نایس، چې په بریتانیا کې د علاج لارښوونې ټاکي</translation>
    </message>
    <message>
        <source>a Pakistani hospital</source>
        <translation>پاکستاني روغتون</translation>
    </message>
    <message>
        <source>the Drug Regulatory Authority of Pakistan (DRAP)</source>
        <translation>د پاکستان د درملو د تنظیم اداره (ډریپ)</translation>
    </message>
    <message>
        <source>a group of specialist doctors</source>
        <translation>د متخصصو ډاکټرانو ټولنه</translation>
    </message>
    <message>
        <source>an archived copy of a US government health page</source>
        <translation>د امریکا د دولتي روغتیايي پاڼې خوندي کاپي</translation>
    </message>
    <message>
        <source>a published report</source>
        <translation>خپور شوی راپور</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Staff panel</source>
        <translation>د سټاف پینل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کړئ</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>پیکونه</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کیلي ګانې</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>اپډیټونه</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>کارونه</translation>
    </message>
</context>
<context>
    <name>StatusChip</name>
    <message>
        <source>Approved treatment</source>
        <translation>منظور شوی علاج</translation>
    </message>
    <message>
        <source>Specialist centres only</source>
        <translation>یوازې په تخصصي مرکزونو کې</translation>
    </message>
    <message>
        <source>Experimental: clinical trial only</source>
        <translation>تجرباتي: یوازې په کلینیکل ټرایل کې</translation>
    </message>
    <message>
        <source>%1: approved by %2</source>
        <translation>%1: د %2 له خوا منظور شوی</translation>
    </message>
    <message>
        <source>%1: approved treatment</source>
        <translation>%1: منظور شوی علاج</translation>
    </message>
    <message>
        <source>%1: specialist centres only</source>
        <translation>%1: یوازې په تخصصي مرکزونو کې</translation>
    </message>
    <message>
        <source>%1: experimental, clinical trial only</source>
        <translation>%1: تجرباتي، یوازې په کلینیکل ټرایل کې</translation>
    </message>
</context>
<context>
    <name>StillReadingOverlay</name>
    <message numerus="yes">
        <source>Starting again in %n seconds</source>
        <translation>
            <numerusform>په %n ثانیه کې بیا له سره پیلېږي</numerusform>
            <numerusform>په %n ثانیو کې بیا له سره پیلېږي</numerusform>
        </translation>
    </message>
    <message>
        <source>Still reading?</source>
        <translation>لا هم لولئ؟</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>دوام ورکړئ</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <source>Scan to read this at home</source>
        <translation>په موبایل سکین کړئ، په کور یې ولولئ</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Home</source>
        <translation>اصلي پاڼه</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>د لیک اندازه</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>سرچینې</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>دا معلومات له کومه دي</translation>
    </message>
    <message>
        <source>The sources of this information, and who checked it</source>
        <translation>د دې معلوماتو سرچینې، او چا کتلي دي</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>ژبه بدله کړئ</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>ډېر واضح رنګونه: فعال</translation>
    </message>
    <message>
        <source>High contrast: off</source>
        <translation>ډېر واضح رنګونه: بند</translation>
    </message>
    <message>
        <source>Black words on white, darker colours</source>
        <translation>پر سپین تور لیک، تیاره رنګونه</translation>
    </message>
</context>
<context>
    <name>UpdatesPage</name>
    <message>
        <source>No file named %1 was found on a USB stick.</source>
        <translation>پر یو ایس بي سټیک د %1 په نوم کوم فایل ونه موندل شو.</translation>
    </message>
    <message>
        <source>The file %1 is on the USB stick, but it is not saved as text the kiosk can read. Nothing was changed. On a computer, open it in Notepad, choose Save As, set Encoding to UTF-8, and save it again.</source>
        <translation>فایل %1 پر یو ایس بي سټیک شته، خو داسې متن نه دی خوندي شوی چې کیوسک یې ولوستلای شي. هېڅ شی بدل نه شو. په کمپیوټر کې یې په ⁦Notepad⁩ کې پرانیزئ، ⁦Save As⁩ وټاکئ، ⁦Encoding⁩ په ⁦UTF-8⁩ کېږدئ، او بیا یې خوندي کړئ.</translation>
    </message>
    <message>
        <source>The file %1 is on the USB stick, but it is far bigger than an address (at most %2 KB). Nothing was changed. Put only the address in it, on its first line.</source>
        <translation>فایل %1 پر یو ایس بي سټیک شته، خو له یوې پتې ډېره لویه ده (تر ټولو ډېر %2 KB). هېڅ شی بدل نه شو. په دې کې یوازې پته ولیکئ، په لومړۍ کرښه کې.</translation>
    </message>
    <message>
        <source>The address in the file cannot be used: %1. Nothing was changed.</source>
        <translation>په فایل کې لیکل شوې پته نه شي کارېدای: %1. هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>This address starts with http://, so anyone on the network between the kiosk and that server could change what it sends. Nothing was changed: ask IT for the https:// address.</source>
        <translation>دا پته په ⁦http://⁩ پیلېږي، نو د کیوسک او هغه سرور ترمنځ په نیټ ورک کې هر څوک هغه څه بدلولی شي چې سرور یې لېږي. هېڅ شی بدل نه شو: له آی ټي څخه د ⁦https://⁩ پته وغواړئ.</translation>
    </message>
    <message>
        <source>This address starts with http://, so anyone on the network between the kiosk and that server could change what it sends. Nothing was changed. If the server is inside the clinic, press the button below to allow it.</source>
        <translation>دا پته په ⁦http://⁩ پیلېږي، نو د کیوسک او هغه سرور ترمنځ په نیټ ورک کې هر څوک هغه څه بدلولی شي چې سرور یې لېږي. هېڅ شی بدل نه شو. که سرور د کلینیک دننه وي، د اجازې لپاره لاندې تڼۍ کېکاږئ.</translation>
    </message>
    <message>
        <source>Saved. The kiosk will look for updates at this address.</source>
        <translation>خوندي شو. کیوسک به په دې پته اپډیټونه لټوي.</translation>
    </message>
    <message>
        <source>Saved. The kiosk will not look for updates.</source>
        <translation>خوندي شو. کیوسک به اپډیټونه نه لټوي.</translation>
    </message>
    <message>
        <source>Not set: this kiosk does not look for updates.</source>
        <translation>ټاکل شوې نه ده: دا کیوسک اپډیټونه نه لټوي.</translation>
    </message>
    <message>
        <source>Checking now…</source>
        <translation>اوس کتل کېږي…</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>وروستۍ کتنه: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>لا نه دی کتل شوی.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>وروستۍ ستونزه: %1</translation>
    </message>
    <message>
        <source>The update server answered normally.</source>
        <translation>د اپډیټ سرور په عادي ډول ځواب ورکړ.</translation>
    </message>
    <message>
        <source>Downloaded and waiting for the next start screen: %1</source>
        <translation>ډاونلوډ شو، د پیل راتلونکي سکرین ته په تمه دی: %1</translation>
    </message>
    <message>
        <source>Not taken: version %1, as this kiosk has had it or a newer one before (staff may have gone back from it). The kiosk takes the next newer version.</source>
        <translation>وانه خیستل شو: ورژن %1، ځکه چې دا یا له دې نوی ورژن مخکې پر دې کیوسک راغلی و (کېدای شي سټاف ترې پخواني ورژن ته بېرته تللي وي). کیوسک به بل نوی ورژن واخلي.</translation>
    </message>
    <message>
        <source>Not taken: %1</source>
        <translation>وانه خیستل شو: %1</translation>
    </message>
    <message>
        <source>Last installed from the channel: %1</source>
        <translation>له چینل څخه وروستی ځل انسټال شوی: %1</translation>
    </message>
    <message>
        <source>Update address</source>
        <translation>د اپډیټ پته</translation>
    </message>
    <message>
        <source>To set it, IT writes the address on the first line of a text file named %1, puts it at the top of a USB stick, and presses the button below.</source>
        <translation>د ټاکلو لپاره یې آی ټي پته د %1 په نوم د متن فایل په لومړۍ کرښه کې لیکي، فایل د یو ایس بي سټیک په سر کې ږدي، او لاندې تڼۍ کېکاږي.</translation>
    </message>
    <message>
        <source>Read from USB stick</source>
        <translation>له یو ایس بي سټیک څخه ولولئ</translation>
    </message>
    <message>
        <source>Allow: this server is inside the clinic</source>
        <translation>اجازه ورکړئ: دا سرور د کلینیک دننه دی</translation>
    </message>
    <message>
        <source>Stop looking for updates</source>
        <translation>د اپډیټونو لټول بند کړئ</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>د اپډیټ چینل</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>اوس وګورئ</translation>
    </message>
</context>
<context>
    <name>Usage</name>
    <message>
        <source>Visits dated after today (up to {date}): {count}. This kiosk&apos;s clock ran ahead while they were counted: check the computer&apos;s clock. Those visits keep the dates it gave them.</source>
        <translation>له نن وروسته نېټې لرونکې لیدنې (تر {date} پورې): {count}. کله چې دا وشمېرل شوې، د دې کیوسک ساعت مخکې تللی و: د کمپیوټر ساعت وګورئ. دا لیدنې به په هماغو نېټو پاتې شي چې ساعت ورکړې وې.</translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Counting is turned off (below): nothing new is counted.</source>
        <translation>شمېرنه بنده ده (لاندې وګورئ): هېڅ نوی شی نه شمېرل کېږي.</translation>
    </message>
    <message>
        <source>No visits were counted in these days. Figures appear here once patients have used the kiosk.</source>
        <translation>په دې ورځو کې هېڅ لیدنه ونه شمېرل شوه. کله چې ناروغان کیوسک وکاروي، شمېرې به دلته ښکاره شي.</translation>
    </message>
    <message>
        <source>Visits a day</source>
        <translation>ورځنۍ لیدنې</translation>
    </message>
    <message>
        <source>Visits a week</source>
        <translation>اونیزې لیدنې</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>له %1 تر %2</translation>
    </message>
    <message>
        <source>Half of the visits lasted %1 (minutes:seconds) or less.</source>
        <translation>نیمې لیدنې %1 (دقیقې:ثانیې) یا له دې لنډې وې.</translation>
    </message>
    <message>
        <source>Quiz answers: %1 of %2 right.</source>
        <translation>د کوئز ځوابونه: له %2 څخه %1 سم.</translation>
    </message>
    <message>
        <source>Read most</source>
        <translation>تر ټولو ډېرې لوستل شوې پاڼې</translation>
    </message>
    <message>
        <source>Read least</source>
        <translation>تر ټولو لږې لوستل شوې پاڼې</translation>
    </message>
    <message>
        <source>Where visits ended (the last page read)</source>
        <translation>لیدنې چېرته پای ته ورسېدې (وروستۍ لوستل شوې پاڼه)</translation>
    </message>
    <message>
        <source>No page: only the topics</source>
        <translation>هېڅ پاڼه نه: یوازې موضوعګانې</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n لیدنه</numerusform>
            <numerusform>%n لیدنې</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Language chosen at the start: %1. Switched %n times.</source>
        <translation>
            <numerusform>په پیل کې ټاکل شوې ژبه: %1. ژبه %n ځل بدله شوه.</numerusform>
            <numerusform>په پیل کې ټاکل شوې ژبه: %1. ژبه %n ځله بدله شوه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listened to a page read aloud in %1 of %n visits.</source>
        <translation>
            <numerusform>پاڼه په غږ واورېدل شوه: له %n لیدنې څخه په %1 کې.</numerusform>
            <numerusform>پاڼه په غږ واورېدل شوه: له %n لیدنو څخه په %1 کې.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages were read aloud %n times in all.</source>
        <translation>
            <numerusform>پاڼه ټولټال %n ځل په غږ واورېدل شوه.</numerusform>
            <numerusform>پاڼې ټولټال %n ځله په غږ واورېدل شوې.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Larger text chosen %n times.</source>
        <translation>
            <numerusform>لوی لیک %n ځل وټاکل شو.</numerusform>
            <numerusform>لوی لیک %n ځله وټاکل شو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The emergency page opened %n times.</source>
        <translation>
            <numerusform>د ایمرجنسي پاڼه %n ځل پرانیستل شوه.</numerusform>
            <numerusform>د ایمرجنسي پاڼه %n ځله پرانیستل شوه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: read %n times, %2% of them to the end</source>
        <translation>
            <numerusform>%1: %n ځل ولوستل شوه، %2% یې تر پایه</numerusform>
            <numerusform>%1: %n ځله ولوستل شوه، %2% یې تر پایه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: read %n times</source>
        <translation>
            <numerusform>%1: %n ځل ولوستل شوه</numerusform>
            <numerusform>%1: %n ځله ولوستل شوه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visits</source>
        <translation>
            <numerusform>%1: %n لیدنه</numerusform>
            <numerusform>%1: %n لیدنې</numerusform>
        </translation>
    </message>
    <message>
        <source>Put a USB stick in the kiosk first, then try again.</source>
        <translation>لومړی په کیوسک کې یو ایس بي سټیک ولګوئ، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Saved %1 events to %2 on the USB stick.</source>
        <translation>%1 ثبتونه پر یو ایس بي سټیک په %2 کې خوندي شول.</translation>
    </message>
    <message>
        <source>Could not save the figures; nothing on the kiosk was changed.</source>
        <translation>شمېرې خوندي نه شوې؛ په کیوسک کې هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>وروستۍ %1 ورځې</translation>
    </message>
    <message>
        <source>Save as CSV on the USB stick</source>
        <translation>پر یو ایس بي سټیک د ⁦CSV⁩ فایل په توګه خوندي کړئ</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>مخکینۍ موده</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>ورپسې موده</translation>
    </message>
    <message>
        <source>Count how patients use the kiosk: which pages, how long, in which language. Nothing about who they are is kept.</source>
        <translation>وشمېرئ چې ناروغان کیوسک څنګه کاروي: کومې پاڼې، څومره وخت، په کومه ژبه. د دې په اړه چې هغوی څوک دي، هېڅ شی نه ساتل کېږي.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>وشمېرئ</translation>
    </message>
    <message>
        <source>Do not count</source>
        <translation>مه شمېرئ</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>Read aloud in %1: %2 of %3 pages by a person, %4 by a machine&apos;s draft, %5 not recorded.</source>
        <translation>په %1 کې غږ: له %3 پاڼو %2 د انسان په غږ، %4 د ماشین په لومړنۍ مسوده، %5 نه دي ریکارډ شوې.</translation>
    </message>
</context>
<context>
    <name>WebEdition</name>
    <message>
        <source>All topics</source>
        <translation>ټولې موضوعګانې</translation>
    </message>
    <message>
        <source>In this topic</source>
        <translation>په دې موضوع کې</translation>
    </message>
    <message>
        <source>Listen to this page</source>
        <translation>دا پاڼه واورئ</translation>
    </message>
    <message>
        <source>Listen to this page (a computer&apos;s voice)</source>
        <translation>دا پاڼه واورئ (د کمپیوټر په غږ)</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>دا معلومات له کومه دي</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>پوښتنه {number}</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>ځواب وګورئ</translation>
    </message>
    <message>
        <source>Right answer: {answer}</source>
        <translation>سم ځواب: {answer}</translation>
    </message>
    <message>
        <source>No doctor has checked this information yet. It is waiting for a doctor&apos;s review, so ask your doctor before you act on it.</source>
        <translation>لا کوم ډاکټر دا معلومات نه دي کتلي، د ډاکټر کتنې ته انتظار دی. نو مخکې له دې چې عمل پرې وکړئ، له خپل ډاکټر وپوښتئ.</translation>
    </message>
    <message>
        <source>Next check due {date}.</source>
        <translation>د دې معلوماتو بله کتنه تر {date} پورې ده.</translation>
    </message>
    <message>
        <source>Version {version} of this information.</source>
        <translation>د دې معلوماتو ورژن {version}.</translation>
    </message>
    <message>
        <source>This is information for learning. It does not replace your doctor: talk to your doctor before you start, stop or change any treatment.</source>
        <translation>دا معلومات د زده کړې لپاره دي. د ډاکټر ځای نه نیسي: د هر علاج له پیلولو، بندولو یا بدلولو مخکې له خپل ډاکټر سره خبرې وکړئ.</translation>
    </message>
    <message>
        <source>In an emergency, call {number}.</source>
        <translation>په ایمرجنسي کې {number} ته زنګ ووهئ.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>خپله ژبه وټاکئ</translation>
    </message>
    <message>
        <source>Picture: {title}</source>
        <translation>تصویر: {title}</translation>
    </message>
    <message>
        <source>Approved treatment</source>
        <translation>منظور شوی علاج</translation>
    </message>
    <message>
        <source>Specialist centres only</source>
        <translation>یوازې په تخصصي مرکزونو کې</translation>
    </message>
    <message>
        <source>Experimental: clinical trial only</source>
        <translation>تجرباتي: یوازې په کلینیکل ټرایل کې</translation>
    </message>
    <message>
        <source>{name}: approved treatment</source>
        <translation>{name}: منظور شوی علاج</translation>
    </message>
    <message>
        <source>{name}: specialist centres only</source>
        <translation>{name}: یوازې په تخصصي مرکزونو کې</translation>
    </message>
    <message>
        <source>{name}: experimental, clinical trial only</source>
        <translation>{name}: تجرباتي، یوازې په کلینیکل ټرایل کې</translation>
    </message>
    <message>
        <source>{name}: approved by {body}</source>
        <translation>{name}: د {body} له خوا منظور شوی</translation>
    </message>
</context>
</TS>
