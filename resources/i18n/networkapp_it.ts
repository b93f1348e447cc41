<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name></name>
    <message>
        <source>  %1: %2 kept; also %3</source>
        <translation>  %1: mantenuto %2; anche %3</translation>
    </message>
    <message>
        <source>  moved: %1</source>
        <translation>  spostati: %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>%1

The latest backup of this file is %2, saved on %3. Open the backup instead? The damaged file stays as it is.</source>
        <translation>%1

L&apos;ultima copia di sicurezza di questo file è %2, salvata il %3. Aprire la copia al suo posto? Il file danneggiato resta com&apos;è.</translation>
    </message>
    <message>
        <source>%1  %2 at %3  address book %4  every %5 min  last sync %6  %7 pending</source>
        <translation>%1  %2 su %3  rubrica %4  ogni %5 min  ultima sincronizzazione %6  %7 in attesa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (peso %2)</translation>
    </message>
    <message>
        <source>%1 Nothing was added.</source>
        <translation>%1 Non è stato aggiunto nulla.</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <translation>%1 T%2</translation>
    </message>
    <message>
        <source>%1 at %2 (%3): %4</source>
        <translation>%1 su %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 at the decision level, %2 with open warnings below the threshold; heaviest first.</source>
        <translation>%1 al livello della decisione, %2 con segnali di allarme aperti sotto la soglia; prima i più pesanti.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>Impossibile creare %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read or written (%2).</source>
        <translation>Impossibile leggere o scrivere %1 (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>Impossibile leggere %1: permesso negato.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>Impossibile usare %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the disk is full (%2).</source>
        <translation>Impossibile scrivere %1: il disco è pieno (%2).</translation>
    </message>
    <message>
        <source>%1 cannot have introduced %2: %2 is who introduced %1 (%3), and introductions cannot go round in a circle.</source>
        <translation>%1 non può averti presentato %2: è %2 che ti ha presentato %1 (%3), e le presentazioni non possono girare in tondo.</translation>
    </message>
    <message>
        <source>%1 cannot have introduced themselves.</source>
        <translation>%1 non può essersi presentato da solo.</translation>
    </message>
    <message>
        <source>%1 closed with the archive decision: %2</source>
        <translation>%1 chiuso con la decisione di archiviare: %2</translation>
    </message>
    <message>
        <source>%1 dismissed: noted wrongly: %2</source>
        <translation>%1 scartato, annotato per errore: %2</translation>
    </message>
    <message>
        <source>%1 has an unfinished clarification, which an archived contact cannot take: restore the contact to keep first, or keep %1.</source>
        <translation>%1 ha un chiarimento in sospeso, che un contatto archiviato non può prendere: ripristina prima il contatto da tenere, oppure tieni %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a networkapp database.</source>
        <translation>%1 è una cartella, non un database di networkapp.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a networkapp file. It was not changed.</source>
        <translation>%1 è un database SQLite di un altro programma, non un file di networkapp. Non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is archived: logged, stays archived</source>
        <translation>%1 è archiviato: registrato, resta archiviato</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). It was not changed.</source>
        <translation>%1 è danneggiato (%2). Non è stato modificato.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a networkapp database (%2).</source>
        <translation>%1 è danneggiato o non è un database di networkapp (%2).</translation>
    </message>
    <message>
        <source>%1 is in a read-only folder (%2); networkapp needs to write there.</source>
        <translation>%1 è in una cartella di sola lettura (%2); networkapp deve poterci scrivere.</translation>
    </message>
    <message>
        <source>%1 is locked by another program; close it and try again.</source>
        <translation>%1 è bloccato da un altro programma; chiudilo e riprova.</translation>
    </message>
    <message>
        <source>%1 is not a networkapp database (not an SQLite file).</source>
        <translation>%1 non è un database di networkapp (non è un file SQLite).</translation>
    </message>
    <message>
        <source>%1 is read-only; networkapp needs to write to it.</source>
        <translation>%1 è di sola lettura; networkapp deve poterci scrivere.</translation>
    </message>
    <message>
        <source>%1 is shared by %Ln contacts, so it counts less</source>
        <translation>%1 è condiviso da %Ln contatti, quindi conta meno</translation>
    </message>
    <message>
        <source>%1 more sent, %2 more received</source>
        <translation>altri %1 inviati, altri %2 ricevuti</translation>
    </message>
    <message>
        <source>%1 resolved by hand: %2</source>
        <translation>%1 risolto a mano: %2</translation>
    </message>
    <message>
        <source>%1 resolved by the clarification (kept): %2</source>
        <translation>%1 risolto con il chiarimento (relazione mantenuta): %2</translation>
    </message>
    <message>
        <source>%1 resolved: %2</source>
        <translation>%1 risolto: %2</translation>
    </message>
    <message>
        <source>%1 sent, %2 received</source>
        <translation>%1 inviati, %2 ricevuti</translation>
    </message>
    <message>
        <source>%1 was not upgraded to this version: no backup could be made first (%2).</source>
        <translation>%1 non è stato aggiornato a questa versione: prima non è stato possibile farne una copia di sicurezza (%2).</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of networkapp (schema %2; this version reads up to %3). Please update networkapp.</source>
        <translation>%1 è stato scritto da una versione più recente di networkapp (schema %2; questa versione legge fino al %3). Aggiorna networkapp.</translation>
    </message>
    <message>
        <source>%1, below your threshold of %2. Talking now keeps small things small.</source>
        <translation>%1, sotto la tua soglia di %2. Parlarne ora evita che le piccole cose crescano.</translation>
    </message>
    <message>
        <source>%1, weight %2</source>
        <translation>%1, peso %2</translation>
    </message>
    <message>
        <source>%1, your threshold is %2. It is time to talk it through and decide.</source>
        <translation>%1, la tua soglia è %2. È il momento di parlarne e decidere.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: written to %2</source>
        <translation>%1: scritti in %2</translation>
    </message>
    <message>
        <source>%1;</source>
        <translation>%1;</translation>
    </message>
    <message>
        <source>%2 on %1</source>
        <translation>%2 il %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln archived</source>
        <translation>
            <numerusform>%Ln archiviato</numerusform>
            <numerusform>%Ln archiviati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln birthday(s)</source>
        <translation>
            <numerusform>%Ln compleanno</numerusform>
            <numerusform>%Ln compleanni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clarification(s)</source>
        <translation>
            <numerusform>%Ln chiarimento</numerusform>
            <numerusform>%Ln chiarimenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflitto</numerusform>
            <numerusform>%Ln conflitti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) logged</source>
        <translation>
            <numerusform>%Ln collegamento registrato</numerusform>
            <numerusform>%Ln collegamenti registrati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln connection(s) would be logged</source>
        <translation>
            <numerusform>%Ln collegamento sarebbe registrato</numerusform>
            <numerusform>%Ln collegamenti sarebbero registrati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contatto</numerusform>
            <numerusform>%Ln contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) exported to %1</source>
        <translation>
            <numerusform>%Ln contatto esportato in %1</numerusform>
            <numerusform>%Ln contatti esportati in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) written to %1</source>
        <translation>
            <numerusform>%Ln contatto scritto in %1</numerusform>
            <numerusform>%Ln contatti scritti in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%Ln contacts have this name, so it counts less</source>
        <translation>%Ln contatti hanno questo nome, quindi conta meno</translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln creato</numerusform>
            <numerusform>%Ln creati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln giorno fa</numerusform>
            <numerusform>%Ln giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>in ritardo di %Ln giorno</numerusform>
            <numerusform>in ritardo di %Ln giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln errore</numerusform>
            <numerusform>%Ln errori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of likely duplicates</source>
        <translation>
            <numerusform>%Ln gruppo di probabili doppioni</numerusform>
            <numerusform>%Ln gruppi di probabili doppioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln history entry(ies)</source>
        <translation>
            <numerusform>%Ln voce della storia</numerusform>
            <numerusform>%Ln voci della storia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interazione</numerusform>
            <numerusform>%Ln interazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s) logged</source>
        <translation>
            <numerusform>%Ln interazione registrata</numerusform>
            <numerusform>%Ln interazioni registrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s) logged;</source>
        <translation>
            <numerusform>%Ln interazione registrata;</numerusform>
            <numerusform>%Ln interazioni registrate;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s) would be logged</source>
        <translation>
            <numerusform>%Ln interazione sarebbe registrata</numerusform>
            <numerusform>%Ln interazioni sarebbero registrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln keep-in-touch reminder(s)</source>
        <translation>
            <numerusform>%Ln promemoria per tenersi in contatto</numerusform>
            <numerusform>%Ln promemoria per tenersi in contatto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln unito</numerusform>
            <numerusform>%Ln uniti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s): neither from a contact nor from you</source>
        <translation>
            <numerusform>%Ln messaggio né da un contatto né da te</numerusform>
            <numerusform>%Ln messaggi né da un contatto né da te</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s): neither from a contact nor from you (add your own addresses in Preferences)</source>
        <translation>
            <numerusform>%Ln messaggio né da un contatto né da te (aggiungi i tuoi indirizzi nelle Preferenze)</numerusform>
            <numerusform>%Ln messaggi né da un contatto né da te (aggiungi i tuoi indirizzi nelle Preferenze)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln nuovo contatto</numerusform>
            <numerusform>%Ln nuovi contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s) created</source>
        <translation>
            <numerusform>%Ln nuovo contatto creato</numerusform>
            <numerusform>%Ln nuovi contatti creati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warning(s)</source>
        <translation>
            <numerusform>%Ln segnale di allarme aperto</numerusform>
            <numerusform>%Ln segnali di allarme aperti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln positive signal(s) noted.</source>
        <translation>
            <numerusform>%Ln segnale positivo annotato.</numerusform>
            <numerusform>%Ln segnali positivi annotati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rifiutato</numerusform>
            <numerusform>%Ln rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminder(s) today</source>
        <translation>
            <numerusform>%Ln promemoria oggi</numerusform>
            <numerusform>%Ln promemoria oggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln signal(s)</source>
        <translation>
            <numerusform>%Ln segnale</numerusform>
            <numerusform>%Ln segnali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln saltato</numerusform>
            <numerusform>%Ln saltati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln invariato</numerusform>
            <numerusform>%Ln invariati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aggiornato</numerusform>
            <numerusform>%Ln aggiornati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated.</source>
        <translation>
            <numerusform>%Ln aggiornato.</numerusform>
            <numerusform>%Ln aggiornati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be created</source>
        <translation>
            <numerusform>%Ln sarebbe creato</numerusform>
            <numerusform>%Ln sarebbero creati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would be merged</source>
        <translation>
            <numerusform>%Ln sarebbe unito</numerusform>
            <numerusform>%Ln sarebbero uniti</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About Networkapp</source>
        <translation>&amp;Informazioni su Networkapp</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivia…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Copia di &amp;sicurezza…</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Compleanno:</translation>
    </message>
    <message>
        <source>&amp;Clarify…</source>
        <translation>&amp;Chiarisci…</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contatto</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>&amp;Importa vCard…</translation>
    </message>
    <message>
        <source>&amp;Introduced by:</source>
        <translation>&amp;Presentato da:</translation>
    </message>
    <message>
        <source>&amp;Keep in touch every:</source>
        <translation>Tenersi in &amp;contatto ogni:</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Unisci…</translation>
    </message>
    <message>
        <source>&amp;Network Report…</source>
        <translation>&amp;Resoconto della rete…</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nuovo contatto…</translation>
    </message>
    <message>
        <source>&amp;Open Contact</source>
        <translation>&amp;Apri contatto</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefoni:</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Etichetta…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Web and social:</source>
        <translation>&amp;Web e social:</translation>
    </message>
    <message>
        <source>&apos;Connected On&apos; is not a date: %1</source>
        <translation>&apos;Connected On&apos; non è una data: %1</translation>
    </message>
    <message>
        <source>(%1 open, %2 closed)</source>
        <translation>(%1 aperti, %2 chiusi)</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviato)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>--region %1: not a region code (e.g. IT, DE, US).</source>
        <translation>--region %1: non è un codice di regione (per esempio IT, DE, US).</translation>
    </message>
    <message>
        <source>--with-contacts goes with --all (with ids, their summaries are printed anyway)</source>
        <translation>--with-contacts va con --all (con gli id, i loro riepiloghi vengono stampati comunque)</translation>
    </message>
    <message>
        <source>A clarification was started and not finished</source>
        <translation>Un chiarimento è stato iniziato e non concluso</translation>
    </message>
    <message>
        <source>A part is longer than %1 characters: please shorten it.</source>
        <translation>Una parte dell&apos;indirizzo è più lunga di %1 caratteri: accorciala, per favore.</translation>
    </message>
    <message numerus="yes">
        <source>A selection of %Ln contact(s)</source>
        <translation>
            <numerusform>Una selezione di %Ln contatto</numerusform>
            <numerusform>Una selezione di %Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>A signal is a warning or a positive sign.</source>
        <translation>Un segnale è di allarme o positivo.</translation>
    </message>
    <message>
        <source>A signal needs a date.</source>
        <translation>Un segnale ha bisogno di una data.</translation>
    </message>
    <message>
        <source>A tag is longer than %1 characters: please shorten it.</source>
        <translation>Un&apos;etichetta è più lunga di %1 caratteri: accorciala, per favore.</translation>
    </message>
    <message>
        <source>A value is longer than %1 characters: please shorten it.</source>
        <translation>Un valore è più lungo di %1 caratteri: accorcialo, per favore.</translation>
    </message>
    <message>
        <source>A&amp;ddresses:</source>
        <translation>&amp;Indirizzi:</translation>
    </message>
    <message>
        <source>A&amp;rchived</source>
        <translation>A&amp;rchiviati</translation>
    </message>
    <message>
        <source>About “%1”: it has been on my mind, and I&apos;d rather ask you directly. Can we talk about what happened?</source>
        <translation>Su «%1»: ci ho ripensato e preferisco chiedertelo direttamente. Possiamo parlare di quello che è successo?</translation>
    </message>
    <message>
        <source>Account %1 added: %2 at %3, address book %4. Run &apos;networkapp sync&apos; to sync.</source>
        <translation>Account %1 aggiunto: %2 su %3, rubrica %4. Esegui &apos;networkapp sync&apos; per sincronizzare.</translation>
    </message>
    <message>
        <source>Account %1 removed; its contacts stay here.</source>
        <translation>Account %1 rimosso; i suoi contatti restano qui.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Add Sync Account</source>
        <translation>Aggiungi account di sincronizzazione</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Aggiungi un contatto</translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation>Aggiungi il contatto %1</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Aggiungi e-mail</translation>
    </message>
    <message>
        <source>Add interaction with %1</source>
        <translation>Aggiungi un&apos;interazione con %1</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Aggiungi telefono</translation>
    </message>
    <message>
        <source>Add signal about %1</source>
        <translation>Aggiungi un segnale su %1</translation>
    </message>
    <message>
        <source>Add web address</source>
        <translation>Aggiungi indirizzo web</translation>
    </message>
    <message>
        <source>Add your LinkedIn connections (Connections.csv)</source>
        <translation>Aggiungi i tuoi collegamenti LinkedIn (Connections.csv)</translation>
    </message>
    <message>
        <source>Added %1 contacts, %2 interactions, %3 exchanges, %4 signals, %5 clarifications (%6 archived) in %7 s.</source>
        <translation>Aggiunti %1 contatti, %2 interazioni, %3 scambi, %4 segnali, %5 chiarimenti (%6 archiviati) in %7 s.</translation>
    </message>
    <message>
        <source>Added to the network</source>
        <translation>Entrato nella rete</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Indirizzi</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consiglio</translation>
    </message>
    <message>
        <source>All &amp;Active</source>
        <translation>Tutti gli &amp;attivi</translation>
    </message>
    <message>
        <source>An interaction needs a date.</source>
        <translation>Un&apos;interazione ha bisogno di una data.</translation>
    </message>
    <message>
        <source>An introduction names someone else than the contact.</source>
        <translation>Una presentazione indica una persona diversa dal contatto.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivia</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivia %1</translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln contacts</source>
        <translation>
            <numerusform>Archivia %Ln contatto</numerusform>
            <numerusform>Archivia %Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive the selected contacts, with a reason</source>
        <translation>Archivia i contatti selezionati, con un motivo</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>Archived as a plain entry</source>
        <translation>Archiviato come semplice contatto</translation>
    </message>
    <message>
        <source>Archived since %1 (%2)</source>
        <translation>Archiviati dal %1 (%2)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>At the threshold: open warnings weigh %1 (threshold %2)</source>
        <translation>Soglia raggiunta: i segnali di allarme aperti pesano %1 (soglia %2)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Copia di sicurezza</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia di sicurezza salvata in %1.</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilancio</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Compleanno</translation>
    </message>
    <message numerus="yes">
        <source>Birthday in %Ln day(s)</source>
        <translation>
            <numerusform>Compleanno tra %Ln giorno</numerusform>
            <numerusform>Compleanno tra %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday today</source>
        <translation>Compleanno oggi</translation>
    </message>
    <message>
        <source>Birthday: %1</source>
        <translation>Compleanno: %1</translation>
    </message>
    <message>
        <source>Bring the selected archived contacts back</source>
        <translation>Riporta tra gli attivi i contatti archiviati selezionati</translation>
    </message>
    <message>
        <source>By growth (gave / received):</source>
        <translation>Per crescita (dato / ricevuto):</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Per tipo</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Frequenza</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>File di calendario (*.ics *.ical *.ifb);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File di calendario (*.ics)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Cancel the changes</source>
        <translation>Annulla le modifiche</translation>
    </message>
    <message>
        <source>Cannot find {0}.</source>
        <translation>Impossibile trovare {0}.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiamento</translation>
    </message>
    <message>
        <source>Choose a category or describe the behaviour.</source>
        <translation>Scegli una categoria o descrivi il comportamento.</translation>
    </message>
    <message>
        <source>Choose a contact to keep and at least one other contact to merge into it.</source>
        <translation>Scegli un contatto da tenere e almeno un altro contatto da unire a esso.</translation>
    </message>
    <message>
        <source>Choose to keep or to archive.</source>
        <translation>Scegli se mantenere la relazione o archiviare.</translation>
    </message>
    <message>
        <source>Clarification started</source>
        <translation>Chiarimento iniziato</translation>
    </message>
    <message>
        <source>Clarifications and decisions</source>
        <translation>Chiarimenti e decisioni</translation>
    </message>
    <message>
        <source>Clarified</source>
        <translation>Chiarito</translation>
    </message>
    <message>
        <source>Clarify</source>
        <translation>Chiarire</translation>
    </message>
    <message>
        <source>Clarifying</source>
        <translation>In chiarimento</translation>
    </message>
    <message>
        <source>Clarify…</source>
        <translation>Chiarisci…</translation>
    </message>
    <message>
        <source>Clear the search (again: back to the list)</source>
        <translation>Cancella la ricerca (di nuovo: torna all&apos;elenco)</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Contatto %1</translation>
    </message>
    <message>
        <source>Contact &amp;Card</source>
        <translation>&amp;Scheda del contatto</translation>
    </message>
    <message>
        <source>Contact &amp;History</source>
        <translation>S&amp;toria del contatto</translation>
    </message>
    <message>
        <source>Contact &amp;Interactions</source>
        <translation>&amp;Interazioni del contatto</translation>
    </message>
    <message>
        <source>Contact &amp;Map</source>
        <translation>&amp;Mappa del contatto</translation>
    </message>
    <message>
        <source>Contact &amp;Signals</source>
        <translation>Se&amp;gnali del contatto</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Scheda del contatto</translation>
    </message>
    <message>
        <source>Contact card, New Contact</source>
        <translation>Scheda del contatto, Nuovo contatto</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copia l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Copy the e-mail address</source>
        <translation>Copia l&apos;indirizzo e-mail</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Copia il numero</translation>
    </message>
    <message>
        <source>Copy the web address</source>
        <translation>Copia l&apos;indirizzo web</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Culturale</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decidere</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Decision threshold: open warnings weighing %1 or more. Archived contacts are left out of every list but the last.</source>
        <translation>Soglia della decisione: segnali di allarme aperti che pesano %1 o più. I contatti archiviati compaiono solo nell&apos;ultimo elenco.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Elimina %1</translation>
    </message>
    <message>
        <source>Delete interaction with %1</source>
        <translation>Elimina l&apos;interazione con %1</translation>
    </message>
    <message>
        <source>Delete signal about %1</source>
        <translation>Elimina il segnale su %1</translation>
    </message>
    <message>
        <source>Delete the selected contacts and their history</source>
        <translation>Elimina i contatti selezionati e la loro storia</translation>
    </message>
    <message>
        <source>Detail tabs</source>
        <translation>Schede del dettaglio</translation>
    </message>
    <message>
        <source>Discarded changes cannot be undone.</source>
        <translation>Le modifiche scartate non si possono recuperare.</translation>
    </message>
    <message>
        <source>Dismiss signal about %1</source>
        <translation>Scarta il segnale su %1</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nome visualizzato:</translation>
    </message>
    <message>
        <source>Draft (not finished)</source>
        <translation>Bozza (non finita)</translation>
    </message>
    <message>
        <source>Due since %1.</source>
        <translation>Da fare dal %1.</translation>
    </message>
    <message>
        <source>E&amp;xport as PDF…</source>
        <translation>Esporta come P&amp;DF…</translation>
    </message>
    <message>
        <source>E-mai&amp;ls:</source>
        <translation>E-mai&amp;l:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Economica</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>Edit interaction with %1</source>
        <translation>Modifica l&apos;interazione con %1</translation>
    </message>
    <message>
        <source>Edit the contact</source>
        <translation>Modifica il contatto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message numerus="yes">
        <source>Every %Ln day(s)</source>
        <translation>
            <numerusform>Ogni %Ln giorno</numerusform>
            <numerusform>Ogni %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Tutte le scorciatoie da tastiera della finestra</translation>
    </message>
    <message>
        <source>Export &amp;Reminders…</source>
        <translation>Esporta p&amp;romemoria…</translation>
    </message>
    <message>
        <source>Export Reminders</source>
        <translation>Esporta i promemoria</translation>
    </message>
    <message>
        <source>Export Selection as v&amp;Card…</source>
        <translation>Esporta la selezione come v&amp;Card…</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Esporta come PDF</translation>
    </message>
    <message>
        <source>Export as vCard</source>
        <translation>Esporta come vCard</translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>Trova &amp;doppioni…</translation>
    </message>
    <message>
        <source>Find contacts that look like one person, and merge them</source>
        <translation>Trova i contatti che sembrano la stessa persona e uniscili</translation>
    </message>
    <message>
        <source>Finish clarification…</source>
        <translation>Concludi il chiarimento…</translation>
    </message>
    <message>
        <source>Gave without being asked</source>
        <translation>Ha dato senza che glielo chiedessi</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Regalo</translation>
    </message>
    <message>
        <source>Give the contact a name (or at least an organization or e-mail).</source>
        <translation>Dai un nome al contatto (o almeno un&apos;organizzazione o un&apos;e-mail).</translation>
    </message>
    <message>
        <source>Give the selected contacts a tag</source>
        <translation>Dai un&apos;etichetta ai contatti selezionati</translation>
    </message>
    <message>
        <source>Give the server&apos;s address (https://…).</source>
        <translation>Indica l&apos;indirizzo del server (https://…).</translation>
    </message>
    <message>
        <source>Give your user name on the server.</source>
        <translation>Indica il tuo nome utente sul server.</translation>
    </message>
    <message>
        <source>Given na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Group %1: %2 (%3)</source>
        <translation>Gruppo %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Gut feeling: something feels wrong</source>
        <translation>Sensazione: qualcosa non torna</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aiuto</translation>
    </message>
    <message>
        <source>I gave</source>
        <translation>Ho dato</translation>
    </message>
    <message>
        <source>I gave %1 (weight %2), I received %3 (weight %4): %5.</source>
        <translation>Ho dato %1 (peso %2), ho ricevuto %3 (peso %4): %5.</translation>
    </message>
    <message>
        <source>I give more</source>
        <translation>do più io</translation>
    </message>
    <message>
        <source>I received</source>
        <translation>Ho ricevuto</translation>
    </message>
    <message>
        <source>I value what we have, so I&apos;d like to be open with you about something that bothers me. Do you have a few minutes?</source>
        <translation>Tengo al nostro rapporto, per questo vorrei parlarti apertamente di una cosa che mi pesa. Hai qualche minuto?</translation>
    </message>
    <message>
        <source>I wanted to say: %1</source>
        <translation>Volevo dire: %1</translation>
    </message>
    <message>
        <source>I&apos;m glad to help, and I&apos;ve given quite a lot lately. I&apos;d like it to go both ways. Is something making that hard on your side?</source>
        <translation>Aiuto volentieri, e ultimamente ho dato parecchio. Vorrei che fosse reciproco. C&apos;è qualcosa che da parte tua lo rende difficile?</translation>
    </message>
    <message>
        <source>I&apos;ve noticed we mostly hear from each other when you need something. I&apos;d like this to go both ways. How do you see it?</source>
        <translation>Ho notato che ci sentiamo soprattutto quando ti serve qualcosa. Vorrei che fosse reciproco. Tu come la vedi?</translation>
    </message>
    <message>
        <source>Import &amp;Mail File…</source>
        <translation>Importa file di p&amp;osta…</translation>
    </message>
    <message>
        <source>Import Ca&amp;lendar…</source>
        <translation>Importa ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importa calendario</translation>
    </message>
    <message>
        <source>Import LinkedIn Connec&amp;tions…</source>
        <translation>Importa collegamen&amp;ti LinkedIn…</translation>
    </message>
    <message>
        <source>Import LinkedIn Connections</source>
        <translation>Importa collegamenti LinkedIn</translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>Importa posta</translation>
    </message>
    <message>
        <source>Import Mail&amp;dir Folder…</source>
        <translation>Importa cartella &amp;Maildir…</translation>
    </message>
    <message>
        <source>Import contacts from vCard files (.vcf)</source>
        <translation>Importa contatti da file vCard (.vcf)</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>Importa vCard</translation>
    </message>
    <message numerus="yes">
        <source>Import: %Ln new</source>
        <translation>
            <numerusform>Importazione: %Ln nuovo</numerusform>
            <numerusform>Importazione: %Ln nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %Ln new</source>
        <translation>
            <numerusform>Importati: %Ln nuovo</numerusform>
            <numerusform>Importati: %Ln nuovi</numerusform>
        </translation>
    </message>
    <message>
        <source>Impossible birthday: %1.</source>
        <translation>Compleanno impossibile: %1.</translation>
    </message>
    <message>
        <source>In our last conversations I felt my side wasn&apos;t really heard. Can we make room for both of us?</source>
        <translation>Nelle ultime conversazioni ho sentito che la mia parte non veniva davvero ascoltata. Possiamo fare spazio a tutti e due?</translation>
    </message>
    <message>
        <source>In the network since</source>
        <translation>Nella rete dal</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Interactions (%1)</source>
        <translation>Interazioni (%1)</translation>
    </message>
    <message>
        <source>Introduced to you</source>
        <translation>Presentati a te</translation>
    </message>
    <message>
        <source>Introduced to you by %1</source>
        <translation>Ti è stato presentato da %1</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Presentazione</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Presentazioni</translation>
    </message>
    <message>
        <source>Introductions both ways: the people each contact introduced to you, and the introductions you made for them.</source>
        <translation>Presentazioni nei due sensi: le persone che ciascun contatto ti ha presentato e le presentazioni che hai fatto tu per lui.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Mantieni la relazione con %1</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Tenersi in contatto</translation>
    </message>
    <message>
        <source>Keep in touch overdue (%1)</source>
        <translation>Da risentire, in ritardo (%1)</translation>
    </message>
    <message>
        <source>Keep in touch with %1</source>
        <translation>Tieniti in contatto con %1</translation>
    </message>
    <message numerus="yes">
        <source>Keep in touch: %Ln day(s) overdue.</source>
        <translation>
            <numerusform>Tenersi in contatto: in ritardo di %Ln giorno.</numerusform>
            <numerusform>Tenersi in contatto: in ritardo di %Ln giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the relationship</source>
        <translation>Mantenere la relazione</translation>
    </message>
    <message>
        <source>Keep-in-touch cadence must be between 1 and 3650 days.</source>
        <translation>La frequenza con cui tenersi in contatto va da 1 a 3650 giorni.</translation>
    </message>
    <message>
        <source>Keep-in-touch dates and birthdays as a calendar file</source>
        <translation>Le date per tenersi in contatto e i compleanni come file di calendario</translation>
    </message>
    <message>
        <source>Keep-in-touch overdue</source>
        <translation>Da risentire</translation>
    </message>
    <message numerus="yes">
        <source>Keep-in-touch overdue by %Ln day(s)</source>
        <translation>
            <numerusform>In ritardo di %Ln giorno per tenersi in contatto</numerusform>
            <numerusform>In ritardo di %Ln giorni per tenersi in contatto</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept after clarifying</source>
        <translation>Relazione mantenuta dopo il chiarimento</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Conoscenze</translation>
    </message>
    <message>
        <source>Label: pick one or type your own</source>
        <translation>Etichetta: scegline una o scrivi la tua</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Ultima interazione</translation>
    </message>
    <message>
        <source>Last interaction: %1 on %2</source>
        <translation>Ultima interazione: %1 il %2</translation>
    </message>
    <message>
        <source>Last interaction: %1 on %2, %3</source>
        <translation>Ultima interazione: %1 il %2, %3</translation>
    </message>
    <message>
        <source>Last time we got stuck because nobody moved. Is there a middle ground you could accept?</source>
        <translation>L&apos;ultima volta ci siamo bloccati perché nessuno si è mosso. C&apos;è una via di mezzo che potresti accettare?</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>LinkedIn connections (Connections.csv *.csv);;All files (*)</source>
        <translation>Collegamenti LinkedIn (Connections.csv *.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Log &amp;Interaction</source>
        <translation>Registra &amp;interazione</translation>
    </message>
    <message>
        <source>Log an interaction with the selected contact</source>
        <translation>Registra un&apos;interazione con il contatto selezionato</translation>
    </message>
    <message>
        <source>Log e-mails per contact and day from a Maildir folder (headers only)</source>
        <translation>Registra le e-mail per contatto e giorno da una cartella Maildir (solo le intestazioni)</translation>
    </message>
    <message>
        <source>Log e-mails per contact and day from an mbox file (headers only)</source>
        <translation>Registra le e-mail per contatto e giorno da un file mbox (solo le intestazioni)</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>Registra un&apos;interazione…</translation>
    </message>
    <message>
        <source>Log past meetings from calendar files (.ics)</source>
        <translation>Registra gli incontri passati dai file di calendario (.ics)</translation>
    </message>
    <message>
        <source>Longer than %1 characters: please shorten it.</source>
        <translation>Più lungo di %1 caratteri: accorcialo, per favore.</translation>
    </message>
    <message>
        <source>Mail files (*.mbox *.mbx *.mbs);;All files (*)</source>
        <translation>File di posta (*.mbox *.mbx *.mbs);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra principale</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Incontro</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Merge the selected contacts into one</source>
        <translation>Unisci i contatti selezionati in uno solo</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (%3)</source>
        <translation>Uniti %1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Merged with a duplicate</source>
        <translation>Unito a un doppione</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Most one-sided relationships (%1)</source>
        <translation>Relazioni più a senso unico (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>Needs A&amp;ttention</source>
        <translation>Da &amp;seguire</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Da seguire (%1)</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Da seguire:</translation>
    </message>
    <message>
        <source>Network Ma&amp;p…</source>
        <translation>Ma&amp;ppa della rete…</translation>
    </message>
    <message>
        <source>Network report</source>
        <translation>Resoconto della rete</translation>
    </message>
    <message>
        <source>Network report (selection)</source>
        <translation>Resoconto della rete (selezione)</translation>
    </message>
    <message>
        <source>Networkapp is already open on {0} but does not answer. Close it, then try again.</source>
        <translation>Networkapp è già aperto su {0} ma non risponde. Chiudilo, poi riprova.</translation>
    </message>
    <message>
        <source>Never reciprocates</source>
        <translation>Non ricambia mai</translation>
    </message>
    <message>
        <source>Next / previous tab</source>
        <translation>Scheda successiva / precedente</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <source>No clarification so far.</source>
        <translation>Nessun chiarimento finora.</translation>
    </message>
    <message>
        <source>No contact was archived in this period.</source>
        <translation>Nessun contatto archiviato in questo periodo.</translation>
    </message>
    <message>
        <source>No exchanges logged yet.</source>
        <translation>Ancora nessuno scambio registrato.</translation>
    </message>
    <message>
        <source>No interaction logged yet.</source>
        <translation>Ancora nessuna interazione registrata.</translation>
    </message>
    <message>
        <source>No introductions recorded yet.</source>
        <translation>Nessuna presentazione registrata finora.</translation>
    </message>
    <message>
        <source>No open warnings.</source>
        <translation>Nessun segnale di allarme aperto.</translation>
    </message>
    <message>
        <source>No open warnings. You can still talk things through whenever you like.</source>
        <translation>Nessun segnale di allarme aperto. Puoi comunque parlarne quando vuoi.</translation>
    </message>
    <message>
        <source>No relationship is one-sided.</source>
        <translation>Nessuna relazione è a senso unico.</translation>
    </message>
    <message>
        <source>No signals noted.</source>
        <translation>Nessun segnale annotato.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the password, so it is not saved: it will be asked at each sync.</source>
        <translation>Non c&apos;è un portachiavi di sistema in cui conservare la password, quindi non viene salvata: ti sarà chiesta a ogni sincronizzazione.</translation>
    </message>
    <message>
        <source>Nobody is overdue.</source>
        <translation>Nessuno da risentire in ritardo.</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1.</source>
        <translation>Non è un indirizzo e-mail: %1.</translation>
    </message>
    <message>
        <source>Not clarified</source>
        <translation>Non chiarito</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note &amp;Signal</source>
        <translation>Annota &amp;segnale</translation>
    </message>
    <message>
        <source>Note a signal about the selected contact</source>
        <translation>Annota un segnale sul contatto selezionato</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nothing has been logged yet.</source>
        <translation>Non è stato ancora registrato nulla.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Ancora nulla di registrato.</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Niente da seguire.</translation>
    </message>
    <message>
        <source>One-sided</source>
        <translation>A senso unico</translation>
    </message>
    <message>
        <source>One-sided balance: one side gives four times the other or more</source>
        <translation>Bilancio a senso unico: una parte dà quattro volte l&apos;altra o più</translation>
    </message>
    <message>
        <source>Only a warning can be resolved.</source>
        <translation>Si può risolvere solo un segnale di allarme.</translation>
    </message>
    <message>
        <source>Only an introduction names a contact introduced.</source>
        <translation>Solo una presentazione indica un contatto presentato.</translation>
    </message>
    <message>
        <source>Only reaches out when needing something</source>
        <translation>Si fa vivo solo quando ha bisogno</translation>
    </message>
    <message>
        <source>Only warnings closed by the archive can be opened again.</source>
        <translation>Si possono riaprire solo i segnali di allarme chiusi dall&apos;archiviazione.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperto</translation>
    </message>
    <message>
        <source>Open Backup</source>
        <translation>Apri la copia di sicurezza</translation>
    </message>
    <message>
        <source>Open warnings</source>
        <translation>Segnali di allarme aperti</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunità</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Over time, by quarter</source>
        <translation>Nel tempo, per trimestre</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Password for %1 at %2 (no system keyring keeps it; it is kept until networkapp closes):</source>
        <translation>Password di %1 su %2 (non c&apos;è un portachiavi di sistema: resta in memoria finché networkapp è aperto):</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Password di %1 su %2: </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefoni</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Photo at %1</source>
        <translation>Foto in %1</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Positive sign</source>
        <translation>Segnale positivo</translation>
    </message>
    <message>
        <source>Preview the report of the whole network</source>
        <translation>Anteprima del resoconto di tutta la rete</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Anteprima di stampa…</translation>
    </message>
    <message>
        <source>Print Preview — {title}</source>
        <translation>Anteprima di stampa — {title}</translation>
    </message>
    <message>
        <source>Print the relationship summary of the selected contacts</source>
        <translation>Stampa il riepilogo della relazione dei contatti selezionati</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Stampa {title}</translation>
    </message>
    <message>
        <source>Puts their ego first</source>
        <translation>Mette il proprio ego al primo posto</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <source>Reciprocated</source>
        <translation>Ha ricambiato</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Refuses any compromise</source>
        <translation>Rifiuta ogni compromesso</translation>
    </message>
    <message numerus="yes">
        <source>Relationship summaries (%Ln contacts)</source>
        <translation>
            <numerusform>Riepilogo della relazione (%Ln contatto)</numerusform>
            <numerusform>Riepiloghi delle relazioni (%Ln contatti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders written to %1: import the file into your calendar program (again after changes: it updates the same events).</source>
        <translation>Promemoria scritti in %1: importa il file nel tuo programma di calendario (di nuovo dopo le modifiche: aggiorna gli stessi eventi).</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Resolve warning about %1</source>
        <translation>Risolvi il segnale di allarme su %1</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Ripristina %1</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln contacts</source>
        <translation>
            <numerusform>Ripristina %Ln contatto</numerusform>
            <numerusform>Ripristina %Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>Ripristinato dall&apos;archivio</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Sincroni&amp;zza ora</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite3);;All files (*)</source>
        <translation>File SQLite (*.sqlite3);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save a checked copy of your data file</source>
        <translation>Salva una copia verificata del file dei dati</translation>
    </message>
    <message>
        <source>Save the contact</source>
        <translation>Salva il contatto</translation>
    </message>
    <message>
        <source>Save the interaction</source>
        <translation>Salva l&apos;interazione</translation>
    </message>
    <message>
        <source>Save the relationship summary as a PDF file</source>
        <translation>Salva il riepilogo della relazione come file PDF</translation>
    </message>
    <message>
        <source>Save the selected contacts as a vCard file</source>
        <translation>Salva i contatti selezionati in un file vCard</translation>
    </message>
    <message>
        <source>Say how the conversation went (or that there was no answer).</source>
        <translation>Di&apos; com&apos;è andata la conversazione (o che non c&apos;è stata risposta).</translation>
    </message>
    <message>
        <source>Say how the warning was dealt with.</source>
        <translation>Scrivi come è stato risolto il segnale di allarme.</translation>
    </message>
    <message>
        <source>Say why the signal was noted wrongly.</source>
        <translation>Scrivi perché il segnale è stato annotato per errore.</translation>
    </message>
    <message>
        <source>Say why you archive this contact.</source>
        <translation>Di&apos; perché archivi questo contatto.</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Campo di ricerca</translation>
    </message>
    <message>
        <source>Search names, e-mails, organizations, tags and notes</source>
        <translation>Cerca tra nomi, e-mail, organizzazioni, etichette e note</translation>
    </message>
    <message>
        <source>See &apos;networkapp list --all&apos; for the ids.</source>
        <translation>Gli id sono elencati da &apos;networkapp list --all&apos;.</translation>
    </message>
    <message>
        <source>See the relationship summary before printing</source>
        <translation>Guarda il riepilogo della relazione prima di stamparlo</translation>
    </message>
    <message>
        <source>Server (kept for now)</source>
        <translation>Server (tenuto per ora)</translation>
    </message>
    <message>
        <source>Show the selected contact&apos;s card</source>
        <translation>Mostra la scheda del contatto selezionato</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2.</source>
        <translation>Sono mostrati i primi %1 su %2.</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Segnale</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <source>Something has felt off between us lately, and I&apos;d rather say it than let it grow. Is everything all right on your side?</source>
        <translation>Ultimamente tra noi qualcosa non va, e preferisco dirlo piuttosto che lasciarlo crescere. Da parte tua va tutto bene?</translation>
    </message>
    <message>
        <source>Sometimes I get the feeling people matter to you for what they can do for you. Is that how you see our relationship?</source>
        <translation>A volte ho l&apos;impressione che le persone contino per te per quello che possono fare per te. È così che vedi il nostro rapporto?</translation>
    </message>
    <message>
        <source>Sorts people by usefulness</source>
        <translation>Sceglie le persone in base all&apos;utilità</translation>
    </message>
    <message>
        <source>Start clarifying with %1</source>
        <translation>Inizia il chiarimento con %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Storia dello stato</translation>
    </message>
    <message>
        <source>Sync Password</source>
        <translation>Password di sincronizzazione</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Sincronizzazione non riuscita.</translation>
    </message>
    <message>
        <source>Sync not finished (nothing lost): %1</source>
        <translation>Sincronizzazione non finita (non si è perso nulla): %1</translation>
    </message>
    <message>
        <source>Sync stopped (what was done is kept): %1</source>
        <translation>Sincronizzazione fermata (quanto già fatto resta): %1</translation>
    </message>
    <message>
        <source>Sync the contacts with your CardDAV accounts now</source>
        <translation>Sincronizza ora i contatti con i tuoi account CardDAV</translation>
    </message>
    <message>
        <source>Sync: receiving changes…</source>
        <translation>Sincronizzazione: ricevo le modifiche…</translation>
    </message>
    <message>
        <source>Sync: sending changes…</source>
        <translation>Sincronizzazione: invio le modifiche…</translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation>Sincronizzato: %1</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Eti&amp;chette:</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Oggi</translation>
    </message>
    <message>
        <source>Tag %1 as “%2”</source>
        <translation>Etichetta %1 come «%2»</translation>
    </message>
    <message numerus="yes">
        <source>Tag %Ln contacts as “%2”</source>
        <translation>
            <numerusform>Etichetta %Ln contatto come «%2»</numerusform>
            <numerusform>Etichetta %Ln contatti come «%2»</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etichette:</translation>
    </message>
    <message>
        <source>Talk it through with the selected contact, then keep or archive</source>
        <translation>Parlane con il contatto selezionato, poi mantieni la relazione o archivia</translation>
    </message>
    <message>
        <source>Talked it through</source>
        <translation>Chiarimento</translation>
    </message>
    <message>
        <source>Talked it through (%1)</source>
        <translation>Chiarimento (%1)</translation>
    </message>
    <message>
        <source>The contact introduced is not in your contacts any more.</source>
        <translation>Il contatto presentato non è più nella tua rubrica.</translation>
    </message>
    <message>
        <source>The database keeps what was saved before this error.</source>
        <translation>Il database conserva ciò che era stato salvato prima di questo errore.</translation>
    </message>
    <message>
        <source>The introducer is not in your contacts any more.</source>
        <translation>Chi ha fatto la presentazione non è più nella tua rubrica.</translation>
    </message>
    <message>
        <source>The open warnings are at or past the threshold: time to decide whether to keep or archive.</source>
        <translation>I segnali di allarme aperti hanno raggiunto o superato la soglia: è il momento di decidere se mantenere la relazione o archiviare.</translation>
    </message>
    <message>
        <source>The open warnings are below the threshold: worth clarifying soon.</source>
        <translation>I segnali di allarme aperti sono sotto la soglia: conviene chiarire presto.</translation>
    </message>
    <message>
        <source>The relationship is archived: kept as a plain entry, with its history intact.</source>
        <translation>La relazione è archiviata: resta in rubrica come semplice contatto, con tutta la sua storia.</translation>
    </message>
    <message numerus="yes">
        <source>The whole network: %Ln contact(s)</source>
        <translation>
            <numerusform>Tutta la rete: %Ln contatto</numerusform>
            <numerusform>Tutta la rete: %Ln contatti</numerusform>
        </translation>
    </message>
    <message>
        <source>They introduced to you: %1.</source>
        <translation>Ti ha presentato: %1.</translation>
    </message>
    <message>
        <source>They said</source>
        <translation>Ha detto</translation>
    </message>
    <message>
        <source>They said: %1</source>
        <translation>Ha detto: %1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>This signal is already closed.</source>
        <translation>Questo segnale è già chiuso.</translation>
    </message>
    <message>
        <source>Threshold %1; %2.</source>
        <translation>Soglia %1; %2.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>To clarify</source>
        <translation>Da chiarire</translation>
    </message>
    <message>
        <source>To clarify or decide (%1)</source>
        <translation>Da chiarire o da decidere (%1)</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Da decidere</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>In tutto</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Unknown outcome.</source>
        <translation>Esito sconosciuto.</translation>
    </message>
    <message>
        <source>Update the clarification draft with %1</source>
        <translation>Aggiorna la bozza del chiarimento con %1</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videochiamata</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <source>Warnings open: weight %1, below the threshold of %2</source>
        <translation>Segnali di allarme aperti: peso %1, sotto la soglia di %2</translation>
    </message>
    <message>
        <source>Was honest</source>
        <translation>È stato sincero</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Peso %1</translation>
    </message>
    <message>
        <source>Weight must be 1, 2 or 3.</source>
        <translation>Il peso è 1, 2 o 3.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>Who introduced whom: a contact&apos;s map, or the whole network</source>
        <translation>Chi ha presentato chi: la mappa di un contatto o di tutta la rete</translation>
    </message>
    <message>
        <source>Who opened most doors (%1)</source>
        <translation>Chi ha aperto più porte (%1)</translation>
    </message>
    <message>
        <source>Why each contact is listed, most urgent first (the reasons the window shows).</source>
        <translation>Perché ogni contatto è in elenco, prima i più urgenti (i motivi che mostra la finestra).</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Perché: %1</translation>
    </message>
    <message>
        <source>Would merge %1 into %2 (%3)</source>
        <translation>Unirebbe %1 in %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln page(s) to %1.</source>
        <translation>
            <numerusform>Scritta %Ln pagina in %1.</numerusform>
            <numerusform>Scritte %Ln pagine in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You gave %Ln time(s),</source>
        <translation>
            <numerusform>Hai dato %Ln volta,</numerusform>
            <numerusform>Hai dato %Ln volte,</numerusform>
        </translation>
    </message>
    <message>
        <source>You introduced them to: %1.</source>
        <translation>L’hai presentato a: %1.</translation>
    </message>
    <message>
        <source>You introduced to them</source>
        <translation>Presentati da te</translation>
    </message>
    <message>
        <source>You introduced to them: %1.</source>
        <translation>Gli hai presentato: %1.</translation>
    </message>
    <message>
        <source>Your data was copied to %1 and checked.</source>
        <translation>I tuoi dati sono stati copiati in %1 e verificati.</translation>
    </message>
    <message>
        <source>[%1, sync with %2] %3: the server&apos;s “%4” kept; here it was “%5”</source>
        <translation>[%1, sincronizzazione con %2] %3: tenuto «%4» del server; qui era «%5»</translation>
    </message>
    <message>
        <source>a cancelled event</source>
        <translation>un evento annullato</translation>
    </message>
    <message>
        <source>a cancelled occurrence</source>
        <translation>un&apos;occorrenza annullata</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>un file</translation>
    </message>
    <message>
        <source>a header over 256 KB: not a mail message, left out</source>
        <translation>un&apos;intestazione oltre 256 KB: non è un messaggio di posta, lasciato fuori</translation>
    </message>
    <message>
        <source>a message without a readable Date header: left out</source>
        <translation>un messaggio senza un&apos;intestazione Date leggibile: lasciato fuori</translation>
    </message>
    <message>
        <source>a message without a sender (From): left out</source>
        <translation>un messaggio senza mittente (From): lasciato fuori</translation>
    </message>
    <message>
        <source>address book</source>
        <translation>rubrica</translation>
    </message>
    <message>
        <source>adds %1</source>
        <translation>aggiunge %1</translation>
    </message>
    <message>
        <source>an empty row</source>
        <translation>una riga vuota</translation>
    </message>
    <message>
        <source>an event without a start (DTSTART): left out</source>
        <translation>un evento senza inizio (DTSTART): lasciato fuori</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>e %Ln altro</numerusform>
            <numerusform>e altri %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>as given + family name</source>
        <translation>nome + cognome</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>in equilibrio</translation>
    </message>
    <message>
        <source>but Jr./Sr. differ: check before merging</source>
        <translation>ma Jr./Sr. diversi: controlla prima di unire</translation>
    </message>
    <message>
        <source>but different given names: check before merging</source>
        <translation>ma nomi diversi: controlla prima di unire</translation>
    </message>
    <message>
        <source>but different names: check before merging</source>
        <translation>ma nomi e cognomi diversi: controlla prima di unire</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separate da virgole</translation>
    </message>
    <message>
        <source>conflict: %1: %2: the server&apos;s %3 kept, ours %4 noted in the contact&apos;s notes</source>
        <translation>conflitto: %1: %2: tenuto %3 del server, il nostro %4 annotato nelle note del contatto</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>scartato</translation>
    </message>
    <message>
        <source>during: %1</source>
        <translation>durante: %1</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>errore: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>every %Ln days</source>
        <translation>
            <numerusform>ogni giorno</numerusform>
            <numerusform>ogni %Ln giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>give contact ids or --all, not both</source>
        <translation>indica gli id dei contatti oppure --all, non entrambi</translation>
    </message>
    <message>
        <source>give contact ids or --all/--archived, not both</source>
        <translation>indica gli id dei contatti oppure --all/--archived, non entrambi</translation>
    </message>
    <message>
        <source>give one or more contact ids, or --all</source>
        <translation>indica uno o più id di contatto, oppure --all</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>interrupted; nothing of the unfinished step was saved.</source>
        <translation>interrotto; nulla del passaggio incompleto è stato salvato.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <source>likely the same person</source>
        <translation>probabilmente la stessa persona</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>next by %1</source>
        <translation>prossima entro il %1</translation>
    </message>
    <message>
        <source>no account to sync; add one with &apos;networkapp account add URL --user NAME&apos;.</source>
        <translation>nessun account da sincronizzare; aggiungine uno con &apos;networkapp account add URL --user NOME&apos;.</translation>
    </message>
    <message>
        <source>no address book %1; the server has: %2.</source>
        <translation>nessuna rubrica %1; il server ha: %2.</translation>
    </message>
    <message>
        <source>no attendee is a contact (or everyone is you)</source>
        <translation>nessun partecipante è un contatto (o sono tutti te)</translation>
    </message>
    <message>
        <source>no cadence set</source>
        <translation>nessuna frequenza</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>nessun canale</translation>
    </message>
    <message>
        <source>no exchanges yet</source>
        <translation>ancora nessuno scambio</translation>
    </message>
    <message>
        <source>no reminders</source>
        <translation>nessun promemoria</translation>
    </message>
    <message>
        <source>no such account; add one with &apos;networkapp account add URL --user NAME&apos;.</source>
        <translation>account inesistente; aggiungine uno con &apos;networkapp account add URL --user NOME&apos;.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>non è una data (AAAA-MM-GG): %1</translation>
    </message>
    <message>
        <source>not among your contacts: tick to create</source>
        <translation>non è tra i tuoi contatti: spunta per crearlo</translation>
    </message>
    <message>
        <source>not finished: %1 (nothing lost; sync again later)</source>
        <translation>non finita: %1 (non si è perso nulla; sincronizza di nuovo più tardi)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>of them clarifying</source>
        <translation>di cui in chiarimento</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>il %1</translation>
    </message>
    <message>
        <source>only if created</source>
        <translation>solo se creato</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln time(s);</source>
        <translation>
            <numerusform>ricevuto %Ln volta;</numerusform>
            <numerusform>ricevuto %Ln volte;</numerusform>
        </translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>same city %1</source>
        <translation>stessa città %1</translation>
    </message>
    <message>
        <source>same e-mail %1</source>
        <translation>stessa e-mail %1</translation>
    </message>
    <message>
        <source>same e-mail domain %1</source>
        <translation>stesso dominio e-mail %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>same organization %1</source>
        <translation>stessa organizzazione %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>stesso telefono %1</translation>
    </message>
    <message>
        <source>same phone %1 (one of them read with the default region)</source>
        <translation>stesso telefono %1 (uno dei due letto con la regione predefinita)</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nome simile</translation>
    </message>
    <message>
        <source>the LinkedIn profile</source>
        <translation>il profilo LinkedIn</translation>
    </message>
    <message>
        <source>the balance reads “%1”.</source>
        <translation>il bilancio dice «%1».</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>l&apos;azienda</translation>
    </message>
    <message>
        <source>the database could not be closed cleanly (%1).</source>
        <translation>il database non è stato chiuso correttamente (%1).</translation>
    </message>
    <message>
        <source>the details are in %1</source>
        <translation>i dettagli sono in %1</translation>
    </message>
    <message>
        <source>the e-mail address</source>
        <translation>l&apos;indirizzo e-mail</translation>
    </message>
    <message>
        <source>the error log could not be written</source>
        <translation>non è stato possibile scrivere il registro degli errori</translation>
    </message>
    <message>
        <source>the position</source>
        <translation>il ruolo</translation>
    </message>
    <message>
        <source>the server had forgotten the last sync: everything was compared again</source>
        <translation>il server aveva dimenticato l&apos;ultima sincronizzazione: è stato confrontato tutto di nuovo</translation>
    </message>
    <message>
        <source>the server has no address book for this user.</source>
        <translation>il server non ha nessuna rubrica per questo utente.</translation>
    </message>
    <message>
        <source>the server has several address books; choose one with --book: %1.</source>
        <translation>il server ha più rubriche; scegline una con --book: %1.</translation>
    </message>
    <message>
        <source>they give more</source>
        <translation>dà di più l&apos;altro</translation>
    </message>
    <message>
        <source>threshold %1.</source>
        <translation>soglia %1.</translation>
    </message>
    <message>
        <source>unexpected error: %1 (a bug; %2).</source>
        <translation>errore imprevisto: %1 (un difetto del programma; %2).</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>File vCard (*.vcf *.vcard);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>File vCard (*.vcf)</translation>
    </message>
    <message>
        <source>very likely the same person</source>
        <translation>quasi certamente la stessa persona</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>worth a look</source>
        <translation>da controllare</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>A relationship manager for give-give networking: log what each side gives, catch the signals, clarify at once, and archive what does not work.</source>
        <translation>Per coltivare relazioni nello spirito del dare-dare: annota cosa dà ciascuno, cogli i segnali, chiarisci subito e archivia ciò che non funziona.</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <source>Qt %1 · database %2</source>
        <translation>Qt %1 · database %2</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address book(s) found.</source>
        <translation>
            <numerusform>%Ln rubrica trovata.</numerusform>
            <numerusform>%Ln rubriche trovate.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Address book:</source>
        <translation>&amp;Rubrica:</translation>
    </message>
    <message>
        <source>&amp;Find Address Books</source>
        <translation>&amp;Trova le rubriche</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remove archived contacts from the server</source>
        <translation>&amp;Rimuovi dal server i contatti archiviati</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Add Sync Account</source>
        <translation>Aggiungi account di sincronizzazione</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Chiedo al server…</translation>
    </message>
    <message>
        <source>Cannot find the address books: %1</source>
        <translation>Impossibile trovare le rubriche: %1</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Sincronizza &amp;ogni:</translation>
    </message>
    <message>
        <source>The server has no address book for this user.</source>
        <translation>Il server non ha nessuna rubrica per questo utente.</translation>
    </message>
</context>
<context>
    <name>AddressRowsWidget</name>
    <message>
        <source>Add address</source>
        <translation>Aggiungi indirizzo</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <source>Archive %1? They stay in your connections as plain entries, with their whole history, and can be restored.</source>
        <translation>Archiviare %1? Resta in rubrica come semplice contatto, con tutta la sua storia, e si può ripristinare.</translation>
    </message>
    <message>
        <source>Archive contacts</source>
        <translation>Archivia contatti</translation>
    </message>
    <message>
        <source>Why? (required)</source>
        <translation>Perché? (obbligatorio)</translation>
    </message>
</context>
<context>
    <name>BalanceChartWidget</name>
    <message>
        <source>I gave</source>
        <translation>Ho dato</translation>
    </message>
    <message numerus="yes">
        <source>I gave %Ln time(s)</source>
        <translation>
            <numerusform>Ho dato %Ln volta</numerusform>
            <numerusform>Ho dato %Ln volte</numerusform>
        </translation>
    </message>
    <message>
        <source>I received</source>
        <translation>Ho ricevuto</translation>
    </message>
    <message numerus="yes">
        <source>I received %Ln time(s)</source>
        <translation>
            <numerusform>ho ricevuto %Ln volta</numerusform>
            <numerusform>ho ricevuto %Ln volte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BirthdayEditWidget</name>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Scegli la data dal calendario</translation>
    </message>
    <message>
        <source>e.g. %1, or %2 without the year</source>
        <translation>per es. %1, oppure %2 senza l&apos;anno</translation>
    </message>
</context>
<context>
    <name>ClarifyWizard</name>
    <message>
        <source>Clarify with {name}</source>
        <translation>Chiarimento con {name}</translation>
    </message>
    <message>
        <source>Keep what you typed; the next time you clarify, you start again from here.</source>
        <translation>Conserva ciò che hai scritto; la prossima volta riprendi il chiarimento da qui.</translation>
    </message>
    <message>
        <source>Save and finish later</source>
        <translation>Salva e finisci dopo</translation>
    </message>
</context>
<context>
    <name>ContactCardWidget</name>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cannot save the contact</source>
        <translation>Impossibile salvare il contatto</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit the card (Ctrl+E or double-click)</source>
        <translation>Modifica la scheda (Ctrl+E o doppio clic)</translation>
    </message>
    <message>
        <source>Forget the changes and stop editing (Esc)</source>
        <translation>Lascia perdere le modifiche ed esci dalla modifica (Esc)</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nessuna modifica</translation>
    </message>
    <message>
        <source>Put back what is stored, and go on editing</source>
        <translation>Rimetti ciò che è salvato e continua a modificare</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ContactCommands</name>
    <message>
        <source>Cannot store the clarification</source>
        <translation>Impossibile salvare il chiarimento</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s) with their whole history? Archiving keeps them as plain entries instead. You can undo this.</source>
        <translation>
            <numerusform>Eliminare %Ln contatto con tutta la sua storia? Archiviando, invece, resta in rubrica come semplice contatto. Puoi annullare l&apos;operazione.</numerusform>
            <numerusform>Eliminare %Ln contatti con tutta la loro storia? Archiviando, invece, restano in rubrica come semplici contatti. Puoi annullare l&apos;operazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Elimina contatti</translation>
    </message>
    <message>
        <source>Tag contacts</source>
        <translation>Etichetta contatti</translation>
    </message>
    <message numerus="yes">
        <source>Tag for %Ln contact(s):</source>
        <translation>
            <numerusform>Etichetta per %Ln contatto:</numerusform>
            <numerusform>Etichetta per %Ln contatti:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDetailWidget</name>
    <message numerus="yes">
        <source>%Ln contacts selected. Use Contact ▸ Tag… or Archive… to change them all at once.</source>
        <translation>
            <numerusform>%Ln contatto selezionato. Usa Contatto ▸ Etichetta… o Archivia… per modificarlo.</numerusform>
            <numerusform>%Ln contatti selezionati. Usa Contatto ▸ Etichetta… o Archivia… per modificarli tutti insieme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived on %1.</source>
        <translation>Archiviato il %1.</translation>
    </message>
    <message>
        <source>Archived on %1: %2</source>
        <translation>Archiviato il %1: %2</translation>
    </message>
    <message>
        <source>Archived: kept as a plain entry.</source>
        <translation>Archiviato: resta in rubrica come semplice contatto.</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>Clarify…</source>
        <translation>Chiarisci…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Storia</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mappa</translation>
    </message>
    <message>
        <source>Resume clarification…</source>
        <translation>Riprendi il chiarimento…</translation>
    </message>
    <message>
        <source>Review the signals, plan what to say, record the conversation, then keep or archive</source>
        <translation>Rivedi i segnali, prepara cosa dire, annota la conversazione, poi mantieni la relazione o archivia</translation>
    </message>
    <message>
        <source>Save them?</source>
        <translation>Salvarle?</translation>
    </message>
    <message>
        <source>Select a contact to see their card, interactions and signals.

Press Ctrl+N to add one.</source>
        <translation>Seleziona un contatto per vederne la scheda, le interazioni e i segnali.

Premi Ctrl+N per aggiungerne uno.</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Segnali</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Your changes to an interaction with %1 are not saved.</source>
        <translation>Le modifiche a un&apos;interazione con %1 non sono salvate.</translation>
    </message>
    <message>
        <source>Your changes to the card of %1 are not saved.</source>
        <translation>Le modifiche alla scheda di %1 non sono salvate.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Svuota</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>The new contact is not saved yet. Save it?</source>
        <translation>Il nuovo contatto non è ancora salvato. Salvarlo?</translation>
    </message>
</context>
<context>
    <name>ContactEditorWidget</name>
    <message>
        <source>Cannot read the photo</source>
        <translation>Impossibile leggere la foto</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Scegli una foto</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Scegli foto…</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
    <message>
        <source>Not a date: %1 (%2).</source>
        <translation>Non è una data: %1 (%2).</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Rimuovi foto</translation>
    </message>
</context>
<context>
    <name>ContactPickerWidget</name>
    <message>
        <source>(archived)</source>
        <translation>(archiviato)</translation>
    </message>
    <message>
        <source>No contact is called “%1”: choose one from the list.</source>
        <translation>Nessun contatto si chiama “%1”: scegline uno dall’elenco.</translation>
    </message>
    <message>
        <source>type a name</source>
        <translation>scrivi un nome</translation>
    </message>
</context>
<context>
    <name>ContactReadViewWidget</name>
    <message>
        <source>Nothing more is known yet. Press Ctrl+E or double-click to add e-mails, phones, addresses…</source>
        <translation>Non si sa ancora altro. Premi Ctrl+E o fai doppio clic per aggiungere e-mail, telefoni, indirizzi…</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>%1 (threshold %2)</source>
        <translation>%1 (soglia %2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilancio</translation>
    </message>
    <message>
        <source>Exchanges: what I gave / what I received</source>
        <translation>Scambi: ciò che ho dato / ciò che ho ricevuto</translation>
    </message>
    <message>
        <source>I gave %1, I received %2: %3</source>
        <translation>Ho dato %1, ho ricevuto %2: %3</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Ultima interazione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Open warnings (and their weight, where it differs)</source>
        <translation>Segnali di allarme aperti (e il loro peso, dove è diverso)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <source>Why the contact needs attention</source>
        <translation>Perché il contatto è da seguire</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Clarifying</source>
        <translation>In chiarimento</translation>
    </message>
    <message>
        <source>No archived contact.
Archived contacts stay here as plain entries, with their history.</source>
        <translation>Nessun contatto archiviato.
I contatti archiviati restano qui come semplici contatti, con la loro storia.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.
Try fewer letters, or another view.</source>
        <translation>Nessun contatto corrisponde a «%1».
Prova con meno lettere o in un&apos;altra vista.</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add your first contact.</source>
        <translation>Ancora nessun contatto.
Premi Ctrl+N per aggiungere il primo.</translation>
    </message>
    <message>
        <source>Nothing needs your attention.
One-sided relationships, open warnings and overdue contacts show up here.</source>
        <translation>Niente da seguire.
Qui compaiono le relazioni a senso unico, i segnali di allarme aperti e chi non senti da troppo.</translation>
    </message>
    <message>
        <source>Nothing to do today: every relationship is in good shape.</source>
        <translation>Niente da fare oggi: tutte le relazioni sono in buona salute.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Impossibile ripetere «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Impossibile annullare «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Elimina %Ln contatto</numerusform>
            <numerusform>Elimina %Ln contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contact(s) into %1</source>
        <translation>
            <numerusform>Unisci %Ln contatto in %1</numerusform>
            <numerusform>Unisci %Ln contatti in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>Non sono doppioni</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>Choose where you ended up to go on. Haven&apos;t talked yet? Use “Save and finish later”.</source>
        <translation>Scegli a che punto siete arrivati per andare avanti. Non vi siete ancora parlati? Usa «Salva e finisci dopo».</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Come</translation>
    </message>
    <message>
        <source>How did the conversation go?</source>
        <translation>Com&apos;è andata la conversazione?</translation>
    </message>
    <message>
        <source>No answer: they didn&apos;t reply, or we couldn&apos;t talk</source>
        <translation>Nessuna risposta: non ha risposto, o non siamo riusciti a parlarci</translation>
    </message>
    <message>
        <source>We cleared it up</source>
        <translation>Abbiamo chiarito</translation>
    </message>
    <message>
        <source>We talked, but it is not cleared up</source>
        <translation>Ne abbiamo parlato, ma non è chiarito</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>Che cosa ha detto?</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Che cosa ha detto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Where did you end up?</source>
        <translation>A che punto siete arrivati?</translation>
    </message>
    <message>
        <source>Write it down while it is fresh: when you talked, how, what {name} said, and where you ended up. Their own words matter more than a summary.</source>
        <translation>Scrivilo finché è fresco: quando vi siete parlati, come, che cosa ha detto {name} e a che punto siete arrivati. Le sue parole contano più di un riassunto.</translation>
    </message>
</context>
<context>
    <name>DecidePage</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>A sentence for your future self. Needed to archive, optional to keep.</source>
        <translation>Una frase per te, per quando ci ripenserai. Obbligatoria per archiviare, facoltativa per mantenere.</translation>
    </message>
    <message>
        <source>Archive {name} as a plain entry</source>
        <translation>Archivia {name} come semplice contatto</translation>
    </message>
    <message>
        <source>Choose one of the two above to see what it will do.</source>
        <translation>Scegli una delle due possibilità qui sopra per vedere che cosa succederà.</translation>
    </message>
    <message>
        <source>Decide: keep or archive</source>
        <translation>Decidi: mantenere o archiviare</translation>
    </message>
    <message>
        <source>Keep {name}</source>
        <translation>Mantieni la relazione con {name}</translation>
    </message>
    <message>
        <source>Nothing is deleted: interactions, signals and this conversation stay in the history.</source>
        <translation>Non si elimina nulla: interazioni, segnali e questa conversazione restano nella storia.</translation>
    </message>
    <message>
        <source>Remind me to keep in touch every</source>
        <translation>Ricordami di tenermi in contatto ogni</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln open warning(s) count as talked through in this conversation.</source>
        <translation>
            <numerusform>Il segnale di allarme aperto conta come chiarito in questa conversazione.</numerusform>
            <numerusform>I %Ln segnali di allarme aperti contano come chiariti in questa conversazione.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no open warnings to resolve.</source>
        <translation>Non ci sono segnali di allarme aperti da risolvere.</translation>
    </message>
    <message>
        <source>There is no wrong answer. Choose what feels right after the conversation. Nothing is ever deleted, and an archived contact can be restored.</source>
        <translation>Non c&apos;è una risposta sbagliata. Scegli ciò che ti sembra giusto dopo la conversazione. Non si elimina mai nulla, e un contatto archiviato si può ripristinare.</translation>
    </message>
    <message>
        <source>To finish: {problem}</source>
        <translation>Per finire: {problem}</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Che cosa succederà</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Perché?</translation>
    </message>
    <message>
        <source>You can restore {name} from the Archived view at any time.</source>
        <translation>Puoi ripristinare {name} dalla vista Archiviati in qualsiasi momento.</translation>
    </message>
    <message>
        <source>You can undo this from the Edit menu.</source>
        <translation>Puoi annullare l&apos;operazione dal menu Modifica.</translation>
    </message>
    <message numerus="yes">
        <source>You will be reminded to get in touch every %Ln day(s).</source>
        <translation>
            <numerusform>Ti verrà ricordato di tenerti in contatto ogni giorno.</numerusform>
            <numerusform>Ti verrà ricordato di tenerti in contatto ogni %Ln giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} becomes a plain entry: out of your working list, with no more prompts or reminders.</source>
        <translation>{name} resta in rubrica come semplice contatto: fuori dall&apos;elenco di lavoro, senza più avvisi né promemoria.</translation>
    </message>
    <message>
        <source>{name} stays in your working list as an active relationship.</source>
        <translation>{name} resta nel tuo elenco di lavoro come relazione attiva.</translation>
    </message>
</context>
<context>
    <name>DecisionBannerWidget</name>
    <message numerus="yes">
        <source>%Ln open warning(s) about {name}. Talk now, while they are small.</source>
        <translation>
            <numerusform>Un segnale di allarme aperto su {name}. Parlatene ora, finché è piccolo.</numerusform>
            <numerusform>%Ln segnali di allarme aperti su {name}. Parlatene ora, finché sono piccoli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clarify…</source>
        <translation>Chiarisci…</translation>
    </message>
    <message>
        <source>Hide this until the threshold is crossed again</source>
        <translation>Nascondi finché la soglia non viene superata di nuovo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Threshold reached for {name}: {warnings} (threshold {threshold}). Talk it through and decide.</source>
        <translation>Soglia raggiunta per {name}: {warnings} (soglia {threshold}). Parlane e decidi.</translation>
    </message>
</context>
<context>
    <name>DismissSignalDialog</name>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Scarta</translation>
    </message>
    <message>
        <source>Dismiss signal</source>
        <translation>Scarta il segnale</translation>
    </message>
    <message>
        <source>Dismiss “%1” as noted wrongly? It stops counting and stays in the history, marked dismissed, with your note.</source>
        <translation>Scartare “%1” perché annotato per errore? Non conta più e resta nella cronologia, segnato come scartato, con la tua nota.</translation>
    </message>
    <message>
        <source>Why is it wrong? e.g. “It was someone else.” (required)</source>
        <translation>Perché è sbagliato? Ad es. “Era un&apos;altra persona.” (obbligatorio)</translation>
    </message>
</context>
<context>
    <name>DuplicateCommands</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Impossibile farlo</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Trova doppioni</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ricerca dei doppioni…</translation>
    </message>
    <message>
        <source>Merge Contacts</source>
        <translation>Unisci contatti</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contact(s) into %1. Edit &gt; Undo takes it back.</source>
        <translation>
            <numerusform>Unito %Ln contatto in %1. Modifica &gt; Annulla lo riporta indietro.</numerusform>
            <numerusform>Uniti %Ln contatti in %1. Modifica &gt; Annulla li riporta indietro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nessun doppione trovato.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 e %2: %3</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Unisci…</translation>
    </message>
    <message>
        <source>&amp;Not Duplicates</source>
        <translation>&amp;Non sono doppioni</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Precedente</translation>
    </message>
    <message>
        <source>&amp;Take Out</source>
        <translation>&amp;Togli dal gruppo</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviato)</translation>
    </message>
    <message>
        <source>Every group is reviewed.</source>
        <translation>Tutti i gruppi sono stati esaminati.</translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation>Trova doppioni</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 of %2: %3 (%Ln group(s) left to review)</source>
        <translation>
            <numerusform>Gruppo %1 di %2: %3 (%Ln gruppo da esaminare)</numerusform>
            <numerusform>Gruppo %1 di %2: %3 (%Ln gruppi da esaminare)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Successivo</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Nessun doppione trovato.</translation>
    </message>
    <message>
        <source>The selected contact is not the same person as the others: take it out of this group</source>
        <translation>Il contatto selezionato non è la stessa persona degli altri: toglilo da questo gruppo</translation>
    </message>
</context>
<context>
    <name>ExchangeRowsWidget</name>
    <message>
        <source>+ I &amp;received</source>
        <translation>+ Ho &amp;ricevuto</translation>
    </message>
    <message>
        <source>+ I g&amp;ave</source>
        <translation>+ Ho &amp;dato</translation>
    </message>
    <message>
        <source>Nothing exchanged yet: add what each side gave.</source>
        <translation>Ancora nessuno scambio: aggiungi cosa ha dato ciascuno.</translation>
    </message>
    <message>
        <source>Remove this exchange</source>
        <translation>Rimuovi questo scambio</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>who was introduced</source>
        <translation>chi è stato presentato</translation>
    </message>
</context>
<context>
    <name>ImportPlanTableModel</name>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Fate</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>File:line</source>
        <translation>File:riga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crea</translation>
    </message>
    <message>
        <source>log with %1</source>
        <translation>registra con %1</translation>
    </message>
    <message>
        <source>looks like %1: %2</source>
        <translation>somiglia a %1: %2</translation>
    </message>
    <message>
        <source>merge into %1 instead</source>
        <translation>da unire a %1</translation>
    </message>
    <message>
        <source>merge with %1</source>
        <translation>unisci con %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <source>new (looks like %1)</source>
        <translation>nuovo (somiglia a %1)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltato</translation>
    </message>
    <message>
        <source>unchanged (already there)</source>
        <translation>invariato (c&apos;è già)</translation>
    </message>
    <message>
        <source>unchanged (as %1)</source>
        <translation>invariato (come %1)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%Ln already logged</source>
        <translation>
            <numerusform>%Ln già registrata</numerusform>
            <numerusform>%Ln già registrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) to complete</source>
        <translation>
            <numerusform>%Ln contatto da completare</numerusform>
            <numerusform>%Ln contatti da completare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s) to log</source>
        <translation>
            <numerusform>%Ln interazione da registrare</numerusform>
            <numerusform>%Ln interazioni da registrare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln unito</numerusform>
            <numerusform>%Ln uniti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new card(s) look like a contact you have: select one and press Merge Into Look-alike to merge it instead.</source>
        <translation>
            <numerusform>%Ln scheda nuova somiglia a un contatto che hai: selezionala e premi «Unisci al contatto simile» per unirla a quel contatto.</numerusform>
            <numerusform>%Ln schede nuove somigliano a contatti che hai: selezionane una e premi «Unisci al contatto simile» per unirla a quel contatto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contact(s)</source>
        <translation>
            <numerusform>%Ln nuovo contatto</numerusform>
            <numerusform>%Ln nuovi contatti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not among your contacts (tick to create)</source>
        <translation>
            <numerusform>%Ln persona non è tra i tuoi contatti (spunta per crearla)</numerusform>
            <numerusform>%Ln persone non sono tra i tuoi contatti (spunta per crearle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln rifiutato</numerusform>
            <numerusform>%Ln rifiutati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln saltato</numerusform>
            <numerusform>%Ln saltati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to create</source>
        <translation>
            <numerusform>%Ln da creare</numerusform>
            <numerusform>%Ln da creare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln invariato</numerusform>
            <numerusform>%Ln invariati</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Comparing with your contacts… %p%</source>
        <translation>Confronto con i tuoi contatti… %p%</translation>
    </message>
    <message>
        <source>Import failed; nothing was written</source>
        <translation>Importazione non riuscita; non è stato scritto nulla</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>Importa vCard</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation>Importazione… %p%</translation>
    </message>
    <message>
        <source>Merge Into &amp;Look-alike</source>
        <translation>Unisci al contatto &amp;simile</translation>
    </message>
    <message>
        <source>No card to import.</source>
        <translation>Nessuna scheda da importare.</translation>
    </message>
    <message>
        <source>Notes and warnings (%1)</source>
        <translation>Note e avvisi (%1)</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import. Edit &gt; Undo takes the import back.</source>
        <translation>Non viene scritto nulla finché non premi Importa. Modifica &gt; Annulla toglie l&apos;importazione.</translation>
    </message>
    <message>
        <source>Nothing to import: every card is already there.</source>
        <translation>Niente da importare: ogni scheda c&apos;è già.</translation>
    </message>
    <message>
        <source>Nothing to import: everything is already there.</source>
        <translation>Niente da importare: c&apos;è già tutto.</translation>
    </message>
    <message>
        <source>Reading failed</source>
        <translation>Lettura non riuscita</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Reading… %p%</source>
        <translation>Lettura… %p%</translation>
    </message>
    <message>
        <source>The selected new card looks like a contact you have: merge it into that contact</source>
        <translation>La scheda nuova selezionata somiglia a un contatto che hai: uniscila a quel contatto</translation>
    </message>
</context>
<context>
    <name>InteractionEditorWidget</name>
    <message>
        <source>&amp;Save interaction</source>
        <translation>&amp;Salva interazione</translation>
    </message>
    <message>
        <source>Balance: I gave %1 · I received %2 — %3</source>
        <translation>Bilancio: ho dato %1 · ho ricevuto %2 — %3</translation>
    </message>
    <message>
        <source>Cannot save the interaction</source>
        <translation>Impossibile salvare l&apos;interazione</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nale:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;ta:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Exchanges:</source>
        <translation>Scambi:</translation>
    </message>
    <message>
        <source>Gave / received</source>
        <translation>Dato / ricevuto</translation>
    </message>
    <message>
        <source>Interaction of %1</source>
        <translation>Interazione del %1</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Ne&amp;w interaction</source>
        <translation>Nuo&amp;va interazione</translation>
    </message>
    <message>
        <source>New interaction</source>
        <translation>Nuova interazione</translation>
    </message>
    <message>
        <source>No interaction yet. Log the first one with “New interaction”.</source>
        <translation>Ancora nessuna interazione. Registra la prima con «Nuova interazione».</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;In breve:</translation>
    </message>
    <message>
        <source>Save the interaction (%1)</source>
        <translation>Salva l&apos;interazione (%1)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>In breve</translation>
    </message>
    <message>
        <source>Unsaved interaction</source>
        <translation>Interazione non salvata</translation>
    </message>
    <message>
        <source>Your changes to this interaction are not saved. Save them?</source>
        <translation>Le modifiche a questa interazione non sono salvate. Salvarle?</translation>
    </message>
    <message>
        <source>what happened, in a few words</source>
        <translation>che cosa è successo, in poche parole</translation>
    </message>
</context>
<context>
    <name>IntroducerEditWidget</name>
    <message>
        <source>date unknown</source>
        <translation>data sconosciuta</translation>
    </message>
    <message>
        <source>on</source>
        <translation>il</translation>
    </message>
    <message>
        <source>who introduced you (type a name)</source>
        <translation>chi te l’ha presentato (scrivi un nome)</translation>
    </message>
</context>
<context>
    <name>IntroductionMapWidget</name>
    <message>
        <source>Introductions</source>
        <translation>Presentazioni</translation>
    </message>
    <message>
        <source>Introductions map</source>
        <translation>Mappa delle presentazioni</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Clarify…</source>
        <translation>&amp;Chiarisci…</translation>
    </message>
    <message>
        <source>Resume &amp;Clarification…</source>
        <translation>Riprendi il &amp;chiarimento…</translation>
    </message>
    <message>
        <source>Search names, e-mails, organizations, tags, notes (Ctrl+F)</source>
        <translation>Cerca tra nomi, e-mail, organizzazioni, etichette, note (Ctrl+F)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>dropped vCard</source>
        <translation>vCard trascinata</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>All notes together</source>
        <translation>Tutte le note insieme</translation>
    </message>
    <message>
        <source>Choose the value to keep where the cards differ (the fields in bold). E-mails, phones, addresses, web addresses and tags are all kept. The merged card is on the right.</source>
        <translation>Scegli il valore da tenere dove le schede differiscono (i campi in grassetto). E-mail, telefoni, indirizzi, indirizzi web ed etichette vengono tenuti tutti. La scheda unita è a destra.</translation>
    </message>
    <message>
        <source>Merge Contacts</source>
        <translation>Unisci contatti</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unita</translation>
    </message>
</context>
<context>
    <name>NetworkMapDialog</name>
    <message numerus="yes">
        <source>%Ln contact(s) in introduction trees</source>
        <translation>
            <numerusform>%Ln contatto negli alberi delle presentazioni</numerusform>
            <numerusform>%Ln contatti negli alberi delle presentazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) without any introduction (not drawn)</source>
        <translation>
            <numerusform>%Ln contatto senza alcuna presentazione (non disegnato)</numerusform>
            <numerusform>%Ln contatti senza alcuna presentazione (non disegnati)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Centre on:</source>
        <translation>&amp;Centra su:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Adatta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Stam&amp;pa…</translation>
    </message>
    <message>
        <source>&amp;Whole network</source>
        <translation>&amp;Tutta la rete</translation>
    </message>
    <message>
        <source>Cannot export the map</source>
        <translation>Impossibile esportare la mappa</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Esporta la mappa</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Presentazioni</translation>
    </message>
    <message>
        <source>Network Map</source>
        <translation>Mappa della rete</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg)</translation>
    </message>
    <message>
        <source>Ring: green both sides give, orange one-sided, grey nothing yet, dashed archived · red badge: open warnings · dashed line: an introduction you made · click selects, double-click centres, wheel or +/− zooms, 0 fits</source>
        <translation>Anello: verde entrambi danno, arancione a senso unico, grigio ancora niente, tratteggiato archiviato · bollino rosso: segnali di allarme aperti · linea tratteggiata: una presentazione che hai fatto tu · clic seleziona, doppio clic centra, rotellina o +/− ingrandisce, 0 adatta</translation>
    </message>
    <message>
        <source>introductions.png</source>
        <translation>presentazioni.png</translation>
    </message>
    <message>
        <source>type a name to centre the map on</source>
        <translation>scrivi un nome per centrare la mappa</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source> months back</source>
        <translation> mesi indietro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers without +:</source>
        <translation>&amp;Numeri di telefono senza +:</translation>
    </message>
    <message>
        <source>&amp;Recurring events:</source>
        <translation>Eventi &amp;ricorrenti:</translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation>(in memoria)</translation>
    </message>
    <message>
        <source>A new language applies when networkapp starts again.</source>
        <translation>La nuova lingua vale dal prossimo avvio di networkapp.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>File dei dati:</translation>
    </message>
    <message>
        <source>Default &amp;keep-in-touch:</source>
        <translation>Tenersi in &amp;contatto, di norma ogni:</translation>
    </message>
    <message>
        <source>From the locale (%1)</source>
        <translation>Dalla lingua del sistema (%1)</translation>
    </message>
    <message>
        <source>How far back a recurring event&apos;s past occurrences are logged when a calendar is imported.</source>
        <translation>Fin dove registrare le occorrenze passate di un evento ricorrente quando importi un calendario.</translation>
    </message>
    <message>
        <source>How much open warning weight asks for a decision.</source>
        <translation>Quanto devono pesare i segnali di allarme aperti perché serva una decisione.</translation>
    </message>
    <message>
        <source>Imported calendars and mail leave these out and count messages from them as sent by you.</source>
        <translation>I calendari e la posta importati escludono questi indirizzi e contano i messaggi che ne partono come inviati da te.</translation>
    </message>
    <message>
        <source>My e-&amp;mail addresses:</source>
        <translation>I miei indirizzi e-&amp;mail:</translation>
    </message>
    <message>
        <source>Not an e-mail address: %1</source>
        <translation>Non è un indirizzo e-mail: %1</translation>
    </message>
    <message>
        <source>Once open warnings weigh this much, the app proposes a decision. The lower, the sooner.</source>
        <translation>Quando i segnali di allarme aperti pesano così, l&apos;app propone una decisione. Più è bassa, prima arriva.</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Apri la &amp;cartella</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Sync with CardDAV servers</source>
        <translation>Sincronizzazione con server CardDAV</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>The country of phone numbers written without + (finding duplicates compares numbers).</source>
        <translation>Il paese dei numeri di telefono scritti senza + (la ricerca dei doppioni confronta i numeri).</translation>
    </message>
    <message>
        <source>Warning &amp;threshold:</source>
        <translation>&amp;Soglia di allarme:</translation>
    </message>
    <message>
        <source>first occurrence only</source>
        <translation>solo la prima occorrenza</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>one per line, e.g. me@example.org</source>
        <translation>uno per riga, ad es. io@example.org</translation>
    </message>
</context>
<context>
    <name>PreparePage</name>
    <message>
        <source>Add this to your notes</source>
        <translation>Aggiungilo ai tuoi appunti</translation>
    </message>
    <message>
        <source>Prepare what you want to say</source>
        <translation>Prepara ciò che vuoi dire</translation>
    </message>
    <message>
        <source>Say what you noticed and how it made you feel, then ask openly and listen. These ideas come from the signals: use them, change them, or skip this step.</source>
        <translation>Di&apos; che cosa hai notato e come ti sei sentito, poi chiedi apertamente e ascolta. Questi spunti vengono dai segnali: usali, cambiali o salta questo passaggio.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usa</translation>
    </message>
    <message>
        <source>What do you want to ask or say? Leave empty to skip.</source>
        <translation>Che cosa vuoi chiedere o dire? Lascia vuoto per saltare.</translation>
    </message>
    <message>
        <source>Your notes for the conversation</source>
        <translation>I tuoi appunti per la conversazione</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> e un altro</numerusform>
            <numerusform> e altri %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonsHeaderWidget</name>
    <message>
        <source>Nothing needs your attention with this contact.</source>
        <translation>Niente da seguire con questo contatto.</translation>
    </message>
    <message>
        <source>Why this contact needs attention</source>
        <translation>Perché questo contatto è da seguire</translation>
    </message>
</context>
<context>
    <name>ResolveSignalDialog</name>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Risolvi</translation>
    </message>
    <message>
        <source>How was it dealt with? e.g. “We talked: a misunderstanding.” (required)</source>
        <translation>Come è stato risolto? Ad es. “Ne abbiamo parlato: un malinteso.” (obbligatorio)</translation>
    </message>
    <message>
        <source>Resolve warning</source>
        <translation>Risolvi il segnale di allarme</translation>
    </message>
    <message>
        <source>Resolve “%1”? It stops counting toward the threshold and stays in the history with your note.</source>
        <translation>Risolvere “%1”? Non conta più per la soglia e resta nella cronologia con la tua nota.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Ripristina</translation>
    </message>
    <message>
        <source>Bring %1 back to your working list? Their history stays as it is, and the signals and reminders start again.</source>
        <translation>Riportare %1 nel tuo elenco di lavoro? La sua storia resta com&apos;è, e segnali e promemoria ripartono.</translation>
    </message>
    <message>
        <source>Restore contacts</source>
        <translation>Ripristina contatti</translation>
    </message>
    <message>
        <source>The archive closed these warnings. Tick those that still stand; the others stay closed in the history.</source>
        <translation>L&apos;archiviazione ha chiuso questi segnali di allarme. Spunta quelli ancora validi; gli altri restano chiusi nella cronologia.</translation>
    </message>
    <message>
        <source>Warnings that still stand</source>
        <translation>Segnali di allarme ancora validi</translation>
    </message>
    <message>
        <source>Why? e.g. “We talked again and it goes both ways now.” (required)</source>
        <translation>Perché? per es. «Ci siamo riparlati e ora dà anche lui.» (obbligatorio)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Before you talk with {name}, take a calm look at what you noticed and at what each of you gave. It is easier to speak plainly with the facts in front of you.</source>
        <translation>Prima di parlare con {name}, guarda con calma che cosa hai notato e che cosa ha dato ciascuno di voi. Con i fatti davanti è più facile parlare chiaro.</translation>
    </message>
    <message>
        <source>Both of you give: the relationship is balanced.</source>
        <translation>Date entrambi: la relazione è in equilibrio.</translation>
    </message>
    <message>
        <source>During: {summary}</source>
        <translation>Durante: {summary}</translation>
    </message>
    <message>
        <source>Give and take</source>
        <translation>Dare e ricevere</translation>
    </message>
    <message>
        <source>Good signs</source>
        <translation>Segnali positivi</translation>
    </message>
    <message>
        <source>Look at what happened</source>
        <translation>Guarda che cosa è successo</translation>
    </message>
    <message>
        <source>No exchanges logged yet.</source>
        <translation>Ancora nessuno scambio registrato.</translation>
    </message>
    <message>
        <source>No interaction logged yet.</source>
        <translation>Ancora nessuna interazione registrata.</translation>
    </message>
    <message>
        <source>No open warnings.</source>
        <translation>Nessun segnale di allarme aperto.</translation>
    </message>
    <message>
        <source>None noted yet.</source>
        <translation>Nessuno annotato finora.</translation>
    </message>
    <message>
        <source>Warnings still open</source>
        <translation>Segnali di allarme ancora aperti</translation>
    </message>
    <message>
        <source>You give more than you receive.</source>
        <translation>Dai più di quanto ricevi.</translation>
    </message>
    <message numerus="yes">
        <source>You last talked %Ln day(s) ago, on {date}.</source>
        <translation>
            <numerusform>Vi siete sentiti l&apos;ultima volta %Ln giorno fa, il {date}.</numerusform>
            <numerusform>Vi siete sentiti l&apos;ultima volta %Ln giorni fa, il {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} gives more than you do.</source>
        <translation>{name} dà più di te.</translation>
    </message>
</context>
<context>
    <name>SignalsPanelWidget</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 il %2</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Interaction:</source>
        <translation>&amp;Interazione:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Risolvi…</translation>
    </message>
    <message>
        <source>Cannot note the signal</source>
        <translation>Impossibile annotare il segnale</translation>
    </message>
    <message>
        <source>Closed with the archive decision</source>
        <translation>Chiuso con la decisione di archiviare</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>De&amp;lete signal</source>
        <translation>&amp;Elimina segnale</translation>
    </message>
    <message>
        <source>Dis&amp;miss…</source>
        <translation>S&amp;carta…</translation>
    </message>
    <message>
        <source>Dismiss a signal noted wrongly, with a note</source>
        <translation>Scarta un segnale annotato per errore, con una nota</translation>
    </message>
    <message>
        <source>Dismissed: noted wrongly</source>
        <translation>Scartato: annotato per errore</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interazione</translation>
    </message>
    <message>
        <source>No signal noted. When a behaviour feels wrong — or right — note it here with one click.</source>
        <translation>Nessun segnale annotato. Quando un comportamento non ti convince, o ti fa piacere, annotalo qui con un clic.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note a signal</source>
        <translation>Annota un segnale</translation>
    </message>
    <message>
        <source>Note “%1” now</source>
        <translation>Annota ora «%1»</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Resolve the warning by hand, with a note</source>
        <translation>Risolvi a mano il segnale di allarme, con una nota</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolto</translation>
    </message>
    <message>
        <source>Resolved by a clarification (kept)</source>
        <translation>Risolto con un chiarimento (relazione mantenuta)</translation>
    </message>
    <message>
        <source>Resolved by hand</source>
        <translation>Risolto a mano</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Segnale</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Allarme</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>scartato</translation>
    </message>
    <message>
        <source>no interaction</source>
        <translation>nessuna interazione</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperto</translation>
    </message>
    <message>
        <source>or describe another behaviour…</source>
        <translation>o descrivi un altro comportamento…</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>risolto</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>peso </translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>che cosa è successo (facoltativo)</translation>
    </message>
</context>
<context>
    <name>StatusCountsWidget</name>
    <message>
        <source> — %1 found</source>
        <translation> — %1 trovati</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 attivi</translation>
    </message>
    <message>
        <source>%1 active (%2 clarifying)</source>
        <translation>%1 attivi (%2 in chiarimento)</translation>
    </message>
    <message>
        <source>%1 · %2 need attention · %3 today · %4 archived</source>
        <translation>%1 · %2 da seguire · %3 oggi · %4 archiviati</translation>
    </message>
</context>
<context>
    <name>SyncAccountsWidget</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 at %2 — %3</source>
        <translation>%1 su %2 — %3</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>Re&amp;move Account</source>
        <translation>Ri&amp;muovi account</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <source>Remove archived contacts from the server</source>
        <translation>Rimuovi dal server i contatti archiviati</translation>
    </message>
    <message>
        <source>Stop syncing with %1 at %2? The contacts stay here; nothing is deleted on the server.</source>
        <translation>Smettere di sincronizzare con %1 su %2? I contatti restano qui; sul server non viene eliminato nulla.</translation>
    </message>
    <message>
        <source>Sync e&amp;very:</source>
        <translation>Sincronizza o&amp;gni:</translation>
    </message>
</context>
<context>
    <name>SyncReportDialog</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Conflict: %1, %2: the server&apos;s “%3” kept, ours “%4” in the notes</source>
        <translation>Conflitto: %1, %2: tenuto «%3» del server, il nostro «%4» nelle note</translation>
    </message>
    <message>
        <source>Not finished: %1</source>
        <translation>Non finita: %1</translation>
    </message>
    <message>
        <source>Not synced: %1: %2</source>
        <translation>Non sincronizzata: %1: %2</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Dettagli della sincronizzazione</translation>
    </message>
    <message>
        <source>Where a field changed on both sides, the server&apos;s value was kept and ours added to the contact&apos;s notes. Cards not synced are tried again at the next sync.</source>
        <translation>Dove un campo è cambiato da entrambe le parti è stato tenuto il valore del server e il nostro è stato aggiunto alle note del contatto. Le schede non sincronizzate vengono riprovate alla prossima sincronizzazione.</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Stopping the sync…</source>
        <translation>Fermo la sincronizzazione…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
</context>
<context>
    <name>ThresholdMeterWidget</name>
    <message>
        <source>%1, below the threshold of %2: talk about it now.</source>
        <translation>%1, sotto la soglia di %2: parlane ora.</translation>
    </message>
    <message>
        <source>No open warning.</source>
        <translation>Nessun segnale di allarme aperto.</translation>
    </message>
    <message>
        <source>Threshold reached (%1; threshold %2): time to decide.</source>
        <translation>Soglia raggiunta (%1; soglia %2): è il momento di decidere.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>History</source>
        <translation>Storia</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ancora nulla di registrato.</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Prima i più vecchi</translation>
    </message>
    <message>
        <source>Read the story from the beginning</source>
        <translation>Leggi la storia dall&apos;inizio</translation>
    </message>
</context>
<context>
    <name>ViewBarWidget</name>
    <message>
        <source>All active</source>
        <translation>Tutti gli attivi</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviati</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
</context>
<context>
    <name>_AddressRow</name>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Complemento</translation>
    </message>
    <message>
        <source>PO box</source>
        <translation>Casella postale</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Provincia / regione</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Rimuovi questo indirizzo</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>apartment, floor, building, c/o</source>
        <translation>interno, piano, edificio, presso</translation>
    </message>
    <message>
        <source>street and number, one or more lines</source>
        <translation>via e numero civico, una o più righe</translation>
    </message>
</context>
<context>
    <name>error_hook</name>
    <message>
        <source>Something went wrong: %1

The last change may not have been saved; nothing else was changed. The details could not be written to the log.</source>
        <translation>Qualcosa è andato storto: %1

L&apos;ultima modifica potrebbe non essere stata salvata; nient&apos;altro è cambiato. Non è stato possibile scrivere i dettagli nel registro.</translation>
    </message>
    <message>
        <source>Something went wrong: %1

The last change may not have been saved; nothing else was changed. The details were written to %2.</source>
        <translation>Qualcosa è andato storto: %1

L&apos;ultima modifica potrebbe non essere stata salvata; nient&apos;altro è cambiato. I dettagli sono stati scritti in %2.</translation>
    </message>
</context>
</TS>
