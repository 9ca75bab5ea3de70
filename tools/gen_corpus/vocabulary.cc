#include "vocabulary.h"

#include <unicode/locid.h>

#include <map>

namespace l10nc::gen {

namespace {

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('|', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

Vocabulary make(std::string language, std::string_view words, int length_percent = 115) {
  Vocabulary vocabulary;
  vocabulary.language = std::move(language);
  vocabulary.words = split(words);
  vocabulary.length_percent = length_percent;
  return vocabulary;
}

// Words of localized Windows security and networking messages, one '|' between words.
const std::map<std::string, Vocabulary>& vocabularies() {
  static const std::map<std::string, Vocabulary> all = [] {
    std::map<std::string, Vocabulary> v;
    v["es"] = make("es",
                   "el|la|los|las|de|del|en|que|no|se|puede|servidor|conexión|certificado|"
                   "autenticación|válido|seguridad|contraseña|está|función|también|información|"
                   "configuración|usuario|dominio|paquete|contexto|solicitud|credenciales|ha|sido|"
                   "error|sistema|clave|cliente|según|más|después|código|mensaje|operación|área|"
                   "período|tamaño|señal|acción|límite|análisis|útil|aún|búfer|cifrado|"
                   "controlador|sesión|máquina|red|vínculo|inicio|caducado|rechazó|envió|"
                   "recibió|revocación|directiva|tiempo|espera|común|protocolo|nuevo");
    v["fr"] = make("fr",
                   "le|la|les|de|du|des|un|une|et|est|ne|pas|serveur|connexion|certificat|échec|"
                   "réussi|sécurité|été|où|déjà|fenêtre|paramètre|requête|contrôleur|"
                   "authentification|informations|d'identification|l'utilisateur|n'est|être|"
                   "accès|refusé|système|clé|données|délai|expiré|réseau|à|très|règle|créé|"
                   "contexte|fonction|chiffrement|jeton|session|domaine|mémoire|tampon|reçu|"
                   "envoyé|l'application|stratégie|révoqué|fiabilité|conçu|prêt|reçue|lancé|"
                   "première|dernière|opération|nécessaire|vérifié|package|délégation",
                   125);
    v["de"] = make("de",
                   "der|die|das|ein|eine|und|ist|nicht|wurde|werden|Server|Verbindung|Zertifikat|"
                   "Schlüssel|für|über|können|Größe|Anmeldung|Benutzer|Domänencontroller|"
                   "Sicherheitskontext|ungültig|Zugriff|verweigert|Nachricht|Fehler|Prüfsumme|"
                   "Überprüfung|möglich|Anforderung|Vorgang|erfolgreich|abgeschlossen|muss|"
                   "Richtlinie|Zeitüberschreitung|Anmeldeinformationen|Paket|Verschlüsselung|"
                   "Puffer|Sitzung|Netzwerk|bereits|geschlossen|unterstützt|Delegierung|während|"
                   "Clients|Dienst|Zielprinzipal|zurückgegeben|Ereignisprotokoll|gefunden|"
                   "weitere|Informationen|Vertrauensstellung|Gültigkeit|abgelaufen|Schlüssels",
                   130);
    v["pt"] = make("pt",
                   "o|a|os|as|de|do|da|em|que|não|é|foi|servidor|conexão|certificado|"
                   "autenticação|válido|segurança|senha|está|função|também|informações|"
                   "configuração|usuário|domínio|pacote|contexto|solicitação|credenciais|erro|"
                   "sistema|chave|cliente|após|código|mensagem|operação|sessão|rede|expirou|"
                   "recusou|enviou|recebeu|revogação|política|tempo|limite|comunicação|ação|"
                   "máquina|criptografia|delegação|necessária|disponível|através|há|já");
    v["it"] = make("it",
                   "il|la|le|di|del|della|in|che|non|è|stato|server|connessione|certificato|"
                   "autenticazione|valido|sicurezza|password|funzione|anche|informazioni|"
                   "configurazione|utente|dominio|pacchetto|contesto|richiesta|credenziali|"
                   "errore|sistema|chiave|client|dopo|codice|messaggio|operazione|sessione|rete|"
                   "scaduto|rifiutato|inviato|ricevuto|revoca|criterio|tempo|attesa|perché|già|"
                   "più|può|città|attività|crittografia|delega|disponibilità|è|verrà");
    v["pl"] = make("pl",
                   "nie|jest|się|na|do|w|z|i|że|serwer|połączenie|certyfikat|uwierzytelnianie|"
                   "prawidłowy|bezpieczeństwa|hasło|funkcja|także|informacje|konfiguracja|"
                   "użytkownik|domena|pakiet|kontekst|żądanie|poświadczenia|błąd|system|klucz|"
                   "klient|kod|komunikat|operacja|sesja|sieć|wygasł|odrzucił|wysłał|odebrał|"
                   "odwołanie|zasady|czas|oczekiwania|może|zostać|został|można|dostęp|odmowa|"
                   "szyfrowanie|delegowanie|wymagane|dostępny|źródło|więcej|zakończona",
                   120);
    v["ru"] = make("ru",
                   "не|удалось|на|в|и|с|для|по|сервер|подключение|сертификат|ошибка|"
                   "безопасности|пользователь|пароль|доступ|запрещён|системы|ключ|сообщение|"
                   "контекст|проверки|домена|функция|требуется|истёк|срок|действия|данные|"
                   "запрос|файл|был|удалён|параметр|значение|недопустимо|клиента|сеанс|сети|"
                   "учётные|данные|пакет|шифрования|делегирование|контроллер|отозван|политика|"
                   "время|ожидания|операция|успешно|завершена|журнал|событий|дополнительные|"
                   "сведения|может|быть|получен|отправлен|принят",
                   120);
    v["el"] = make("el",
                   "ο|η|το|οι|του|της|και|σε|με|για|δεν|είναι|διακομιστής|σύνδεση|"
                   "πιστοποιητικό|έγκυρο|ασφάλεια|χρήστης|κωδικός|πρόσβασης|σφάλμα|μήνυμα|"
                   "αίτημα|λειτουργία|κλειδί|δεδομένα|απορρίφθηκε|ολοκληρώθηκε|επιτυχώς|τομέα|"
                   "ελεγκτή|πακέτο|περιβάλλον|διαπιστευτήρια|έληξε|ανακλήθηκε|πολιτική|χρόνος|"
                   "αναμονής|δίκτυο|περίοδος|λειτουργίας|κρυπτογράφηση|εκχώρηση|απαιτείται|"
                   "διαθέσιμο|μπορεί|εστάλη|ελήφθη|αρχείο|καταγραφής|συμβάντων|πληροφορίες",
                   125);
    v["ar"] = make("ar",
                   "الخادم|الاتصال|الشهادة|لا|يمكن|صالحة|الأمان|المستخدم|كلمة|المرور|الوصول|"
                   "مرفوض|النظام|المفتاح|الرسالة|السياق|التحقق|المجال|الدالة|مطلوب|انتهت|"
                   "صلاحية|البيانات|الطلب|الملف|تم|حذف|المعلمة|القيمة|غير|من|إلى|في|على|هذا|"
                   "هذه|العميل|الجلسة|الشبكة|بيانات|الاعتماد|الحزمة|التشفير|التفويض|وحدة|"
                   "التحكم|إبطال|النهج|وقت|الانتظار|العملية|بنجاح|اكتملت|سجل|الأحداث|"
                   "معلومات|إضافية|أرسل|استلم|قبل|بعد|عند",
                   105);
    v["ar"].comma = "،";
    v["ar"].capitalize = false;
    v["he"] = make("he",
                   "השרת|החיבור|האישור|לא|ניתן|תקף|אבטחה|המשתמש|סיסמה|הגישה|נדחתה|המערכת|"
                   "המפתח|ההודעה|ההקשר|אימות|התחום|הפונקציה|נדרש|פג|תוקף|הנתונים|הבקשה|הקובץ|"
                   "נמחק|הפרמטר|הערך|אינו|של|אל|על|זה|זו|הלקוח|ההפעלה|הרשת|אישורי|הכניסה|"
                   "החבילה|ההצפנה|האצלה|בקר|ביטול|המדיניות|זמן|ההמתנה|הפעולה|בהצלחה|הושלמה|"
                   "יומן|האירועים|מידע|נוסף|נשלח|התקבל|לפני|אחרי|כאשר",
                   95);
    v["he"].capitalize = false;
    v["ja"] = make("ja",
                   "サーバー|接続|証明書|の|が|を|に|は|で|と|できません|有効期限|切れています|"
                   "セキュリティ|コンテキスト|ユーザー|資格情報|認証|失敗しました|要求|パッケージ|"
                   "ドメイン|コントローラー|メッセージ|関数|呼び出し|正常に|完了しました|無効です|"
                   "キー|暗号化|データ|見つかりません|アクセス|拒否されました|クライアント|"
                   "セッション|ネットワーク|委任|必要です|ポリシー|タイムアウト|操作|失効|"
                   "イベント|ログ|詳細|送信|受信|されました|この|その|ため|場合|現在",
                   45);
    v["ja"].separator = "";
    v["ja"].full_stop = "。";
    v["ja"].comma = "、";
    v["ja"].capitalize = false;
    v["zh_Hans"] = make("zh",
                        "服务器|连接|证书|的|已|过期|安全|上下文|用户|凭据|身份验证|失败|请求|包|"
                        "域控制器|消息|函数|调用|成功|完成|无效|密钥|加密|数据|找不到|访问|被拒绝|"
                        "不|支持|系统|此|操作|客户端|会话|网络|委派|需要|策略|超时|吊销|事件|日志|"
                        "详细信息|发送|接收|在|时|如果|当前|无法|提供|指定|缓冲区|太小",
                        35);
    v["zh_Hant"] = make("zh",
                        "伺服器|連線|憑證|的|已|過期|安全性|內容|使用者|認證|驗證|失敗|要求|套件|"
                        "網域控制站|訊息|函式|呼叫|成功|完成|無效|金鑰|加密|資料|找不到|存取|"
                        "遭到拒絕|不|支援|系統|此|作業|用戶端|工作階段|網路|委派|需要|原則|逾時|"
                        "撤銷|事件|記錄|詳細資訊|傳送|接收|在|時|如果|目前|無法|提供|指定|緩衝區",
                        35);
    for (const char* chinese : {"zh_Hans", "zh_Hant"}) {
      v[chinese].separator = "";
      v[chinese].full_stop = "。";
      v[chinese].comma = "，";
      v[chinese].capitalize = false;
    }
    v["ko"] = make("ko",
                   "서버|연결|인증서가|만료되었습니다|보안|컨텍스트|사용자|자격|증명|인증에|"
                   "실패했습니다|요청|패키지|도메인|컨트롤러|메시지|함수|호출|성공적으로|"
                   "완료되었습니다|잘못된|키|암호화|데이터를|찾을|수|없습니다|액세스가|"
                   "거부되었습니다|시스템|이|작업을|클라이언트|세션|네트워크|위임이|필요합니다|"
                   "정책|시간|초과|해지|이벤트|로그|자세한|정보|보냈습니다|받았습니다|현재|"
                   "지정된|버퍼가|너무|작습니다",
                   60);
    v["ko"].capitalize = false;
    return v;
  }();
  return all;
}

// Accented English ("Thé sérvér") for a language without a word list: pseudo-localization,
// still visibly not English and full of non-ASCII letters.
const Vocabulary& pseudo_vocabulary() {
  static const Vocabulary pseudo = [] {
    Vocabulary vocabulary =
        make("pseudo",
             "the|server|cannot|complete|request|because|security|context|has|expired|client|"
             "certificate|was|not|found|domain|controller|credentials|are|invalid|session|network|"
             "connection|policy|encryption|key|message|package|function|returned|access|denied|"
             "operation|successful|logon|user|token|buffer|small|revoked|delegation|required",
             120);
    for (std::string& word : vocabulary.words) {
      std::string accented;
      for (const char c : word) {
        switch (c) {
          case 'a':
            accented += "á";
            break;
          case 'e':
            accented += "é";
            break;
          case 'i':
            accented += "ï";
            break;
          case 'o':
            accented += "ö";
            break;
          case 'u':
            accented += "ü";
            break;
          case 'c':
            accented += "ç";
            break;
          case 'n':
            accented += "ñ";
            break;
          default:
            accented += c;
        }
      }
      word = std::move(accented);
    }
    return vocabulary;
  }();
  return pseudo;
}

}  // namespace

const Vocabulary& vocabulary_for(std::string_view icu_locale) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(std::string(icu_locale).c_str());
  locale.addLikelySubtags(status);
  const std::string language = locale.getLanguage();
  const std::string script = locale.getScript();
  const auto& all = vocabularies();
  if (language == "zh") return all.at(script == "Hant" ? "zh_Hant" : "zh_Hans");
  if (auto found = all.find(language); found != all.end()) return found->second;
  static const std::map<std::string, std::string> by_script = {
      {"Cyrl", "ru"}, {"Grek", "el"},      {"Arab", "ar"},      {"Hebr", "he"},
      {"Jpan", "ja"}, {"Hans", "zh_Hans"}, {"Hant", "zh_Hant"}, {"Kore", "ko"}};
  if (auto found = by_script.find(script); found != by_script.end()) return all.at(found->second);
  return pseudo_vocabulary();
}

}  // namespace l10nc::gen
